package org.helpdesk.platform.directory.internal.db;

import static org.helpdesk.platform.directory.internal.db.Lower.lower;

import org.helpdesk.platform.api.directory.CustomerUserWords;

/**
 * The stored columns of a customer user, derived search columns included. A class with getters, not a
 * record: MyBatis reads only the components of records, not derived getters.
 */
public final class CustomerUserRow {

    private final String login;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final long customerRef;
    private final String backend;
    private final String extraCustomerIds;
    private final String passwordHash;

    public CustomerUserRow(String login, String firstName, String lastName, String email, long customerRef,
            String backend, String extraCustomerIds, String passwordHash) {
        this.login = login;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.customerRef = customerRef;
        this.backend = backend;
        this.extraCustomerIds = extraCustomerIds;
        this.passwordHash = passwordHash;
    }

    public String getLogin() {
        return login;
    }

    public String getLoginLc() {
        return lower(login);
    }

    public String getFirstName() {
        return firstName;
    }

    public String getFirstNameLc() {
        return lower(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public String getLastNameLc() {
        return lower(lastName);
    }

    public String getEmail() {
        return email;
    }

    public String getEmailLc() {
        return lower(email);
    }

    /** @return the part after {@code @}, so "acme" finds every user at acme.example */
    public String getEmailDomainLc() {
        return emailDomainLc(email);
    }

    /** @return the lower-case part of an e-mail address after {@code @}, or "" */
    public static String emailDomainLc(String email) {
        return CustomerUserWords.emailDomain(email);
    }

    public long getCustomerRef() {
        return customerRef;
    }

    public String getBackend() {
        return backend;
    }

    public String getExtraCustomerIds() {
        return extraCustomerIds;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
