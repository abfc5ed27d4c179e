package org.helpdesk.platform.directory.ldap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.helpdesk.platform.api.directory.CustomerUserWords;
import org.helpdesk.platform.api.directory.CustomerUserWords.Term;
import org.helpdesk.platform.api.directory.dto.Validity;

import com.unboundid.ldap.sdk.Filter;

/**
 * The LDAP filters of a search: the backend's filter, its validity and, per word, a substring filter
 * that every entry the word matches also matches (the pieces anywhere in one of the searched
 * attributes). {@link CustomerUserWords} then decides exactly, so all backends agree on every search.
 */
final class LdapFilters {

    private final LdapSettings settings;

    LdapFilters(LdapSettings settings) {
        this.settings = settings;
    }

    Filter users(List<Term> terms, Validity validity) {
        List<Filter> all = new ArrayList<>();
        all.add(settings.filter());
        validity(validity).ifPresent(all::add);
        for (Term word : terms) {
            List<Filter> anyAttribute = new ArrayList<>();
            for (String attribute : settings.attributes().searched()) {
                anyAttribute.add(Filter.createSubstringFilter(attribute, null,
                        word.pieces().toArray(String[]::new), null));
            }
            all.add(Filter.createORFilter(anyAttribute));
        }
        return Filter.createANDFilter(all);
    }

    Filter login(String login) {
        return Filter.createANDFilter(settings.filter(),
                Filter.createEqualityFilter(settings.attributes().login(), login));
    }

    Filter logins(List<String> logins) {
        List<Filter> any = new ArrayList<>();
        for (String login : logins) {
            any.add(Filter.createEqualityFilter(settings.attributes().login(), login));
        }
        return Filter.createANDFilter(settings.filter(), Filter.createORFilter(any));
    }

    private Optional<Filter> validity(Validity validity) {
        if (validity == Validity.ALL) {
            return Optional.empty();
        }
        Optional<Filter> valid = settings.validFilter();
        if (valid.isEmpty()) {
            // every entry is valid: none is invalid
            return validity == Validity.VALID ? Optional.empty()
                    : Optional.of(Filter.createNOTFilter(Filter.createPresenceFilter("objectClass")));
        }
        return Optional.of(validity == Validity.VALID ? valid.get() : Filter.createNOTFilter(valid.get()));
    }
}
