package org.helpdesk.platform.directory.ldap.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.helpdesk.platform.api.directory.dto.CustomerUser;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;

/** Turns LDAP entries into customer users by the backend's attribute map. */
final class EntryReader {

    private final LdapSettings settings;
    private final String[] attributes;

    EntryReader(LdapSettings settings) {
        this.settings = settings;
        Set<String> read = new LinkedHashSet<>(Arrays.asList(settings.attributes().read()));
        settings.validFilter().ifPresent(f -> addNames(f, read));
        this.attributes = read.toArray(String[]::new);
    }

    /** @return the attributes a search must return for {@link #user} and {@link #extraCustomerIds} */
    String[] attributes() {
        return attributes.clone();
    }

    private static void addNames(Filter filter, Set<String> names) {
        if (filter.getAttributeName() != null) {
            names.add(filter.getAttributeName());
        }
        for (Filter component : filter.getComponents()) {
            addNames(component, names);
        }
        if (filter.getNOTComponent() != null) {
            addNames(filter.getNOTComponent(), names);
        }
    }

    /** @return the user, or empty for an entry without login or primary customer ID (it cannot be one) */
    Optional<CustomerUser> user(Entry entry) {
        LdapAttributes a = settings.attributes();
        String login = value(entry, a.login());
        String customerId = value(entry, a.customerId());
        if (login.isEmpty() || customerId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CustomerUser(login, value(entry, a.firstName()), value(entry, a.lastName()),
                value(entry, a.email()), customerId, valid(entry), settings.backendId()));
    }

    List<String> extraCustomerIds(Entry entry) {
        return settings.attributes().extraCustomerIds()
                .map(name -> entry.getAttributeValues(name))
                .map(values -> Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList())
                .orElse(List.of());
    }

    private boolean valid(Entry entry) {
        Optional<Filter> validFilter = settings.validFilter();
        if (validFilter.isEmpty()) {
            return true;
        }
        try {
            return validFilter.get().matchesEntry(entry);
        } catch (LDAPException e) {
            return false; // a filter the SDK cannot decide on the client (e.g. extensible match): not valid
        }
    }

    private static String value(Entry entry, String attribute) {
        String value = entry.getAttributeValue(attribute);
        return value == null ? "" : value.strip();
    }
}
