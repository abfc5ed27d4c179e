package org.helpdesk.customerrelations.ui.internal.model;

/**
 * One row of an edit page's grid: a record of the other side as seen from the page's subject.
 *
 * @param id the customer ID or login, as the directory spells it
 * @param label e.g. {@code acme Acme Corp}
 * @param valid the record's valid flag; related invalid records are shown, marked invalid
 * @param primary whether the customer is the user's primary customer
 * @param locked whether the row cannot be changed here: the primary, while the backend includes it anyway (R3)
 * @param stored whether a relation is stored
 * @param editLink the host's edit page of the record, with a "Back" link to this page
 */
public record RelationRow(String id, String label, boolean valid, boolean primary, boolean locked, boolean stored,
        String editLink) {
}
