package org.helpdesk.customerrelations.api;

/**
 * Topics and properties of the events posted on OSGi EventAdmin after a relation write commits:
 * one event per operation and subject that changed something.
 */
public final class RelationEvents {

    /** All relation events. */
    public static final String TOPIC_ALL = "org/helpdesk/customerrelations/Relation/*";
    /** Relations were added. */
    public static final String ADDED = "org/helpdesk/customerrelations/Relation/ADDED";
    /** Relations were removed. */
    public static final String REMOVED = "org/helpdesk/customerrelations/Relation/REMOVED";

    /** Property: the {@link org.helpdesk.customerrelations.api.dto.Side} of the subject, by name. */
    public static final String SIDE = "side";
    /** Property: the login or customer ID the operation was about. */
    public static final String SUBJECT = "subject";
    /** Property: the other side's IDs that changed (String[]; at most 1000, see {@link #COUNT}). */
    public static final String IDS = "ids";
    /** Property: how many relations changed (Long). */
    public static final String COUNT = "count";
    /** Property: who made the change. */
    public static final String ACTOR = "actor";
    /** Property: the {@link org.helpdesk.customerrelations.api.dto.Source}, by name. */
    public static final String SOURCE = "source";

    private RelationEvents() {
    }
}
