package org.helpdesk.platform.api.demo;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Generates synthetic records of one kind for load tests, registered as an OSGi service by the
 * bundle that owns the records; {@code helpdesk:generate} offers an option per kind (e.g.
 * {@code --tickets N}). Generators write with JDBC batches and spread their records over the
 * customers and customer users that exist.
 */
@ConsumerType
public interface DataGenerator {

    /** Service property holding {@link #kind()}. */
    String KIND_PROPERTY = "generator.kind";

    /** @return what this generator makes, e.g. {@code tickets} */
    String kind();

    /**
     * @param count how many records to make
     * @param actor who generates, for "created by" columns
     * @param progress receives a line now and then
     * @return the number of records made
     * @throws IllegalStateException when the records they need (e.g. customer users) do not exist
     */
    long generate(long count, String actor, Consumer<String> progress);
}
