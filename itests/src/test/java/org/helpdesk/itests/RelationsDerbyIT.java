package org.helpdesk.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The Customer Relations plugin on the default embedded Derby database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RelationsDerbyIT extends RelationsContainerTests {

    @Configuration
    public Option[] config() {
        return HelpdeskContainer.options();
    }
}
