package org.helpdesk.customerrelations.ui.internal.model;

import java.util.List;

/** The records an edit page lists for its subject: all customers for a user, all users for a customer. */
public interface RelationSide {

    /** @return what the subject is, for the change set */
    org.helpdesk.customerrelations.api.dto.Side side();

    /** @return the subject's login or customer ID */
    String subject();

    /**
     * @param returnPath the page's own path with query, for the rows' links to the host's edit views
     * @return the rows of one window of the directory search, ascending by ID, with their relation state
     */
    List<RelationRow> rows(String filter, int offset, int limit, String returnPath);

    /** @return the exact number of records matching the filter */
    long count(String filter);

    /** @return whether the record {@code id} matches the directory filter */
    boolean matches(String filter, String id);
}
