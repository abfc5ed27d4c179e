package org.helpdesk.customerrelations.persistence.internal;

/** The folded keys of one relation row. */
record KeyRow(String loginLc, String customerIdLc) {
}
