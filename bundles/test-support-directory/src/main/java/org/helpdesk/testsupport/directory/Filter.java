package org.helpdesk.testsupport.directory;

import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * A search text read as the real directory reads it (its {@code SearchFilter} and {@code SearchWords}), with
 * regular expressions where the real one has SQL LIKE: words split at white space, all of which must match,
 * lower case ({@code Locale.ROOT}); {@code *} is a wildcard and a word starting with {@code *} matches anywhere.
 * A customer matches a word anywhere in its ID or name. A customer user matches a word at the start of
 * its login, first name, last name, each part of a name after a blank or hyphen, e-mail address, e-mail
 * domain or primary customer ID.
 */
final class Filter {

    private record Term(Pattern pattern, boolean anywhere) {

        boolean startOf(String value) {
            return anywhere ? within(value) : pattern.matcher(value).lookingAt();
        }

        boolean within(String value) {
            return pattern.matcher(value).find();
        }
    }

    private final List<Term> terms;

    private Filter(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** @param text the filter; {@code null} is empty, as for the keyset listings */
    static Filter parse(String text) {
        List<Term> terms = new ArrayList<>();
        if (text != null) {
            for (String word : lower(text.strip()).split("\\s+")) {
                List<String> parts = new ArrayList<>();
                for (String part : word.split("\\*")) {
                    if (!part.isEmpty()) {
                        parts.add(Pattern.quote(part));
                    }
                }
                if (!parts.isEmpty()) {
                    terms.add(new Term(Pattern.compile(String.join(".*", parts), Pattern.DOTALL), word.startsWith("*")));
                }
            }
        }
        return new Filter(terms);
    }

    boolean matches(Customer customer) {
        String id = lower(customer.customerId());
        String name = lower(customer.name());
        return terms.stream().allMatch(t -> t.within(id) || t.within(name));
    }

    boolean matches(CustomerUser user) {
        Set<String> words = words(user);
        String primary = lower(user.primaryCustomerId());
        return terms.stream().allMatch(t -> t.startOf(primary) || words.stream().anyMatch(t::startOf));
    }

    /** @return the words a user is found under, as the real directory's word table holds them */
    static Set<String> words(CustomerUser user) {
        Set<String> words = new LinkedHashSet<>();
        words.add(lower(user.login()));
        addWithParts(words, lower(user.firstName()));
        addWithParts(words, lower(user.lastName()));
        String email = lower(user.email());
        words.add(email);
        int at = email.indexOf('@');
        words.add(at < 0 ? "" : email.substring(at + 1));
        words.remove("");
        return words;
    }

    /** "von braun" is found by "braun" too, "smith-jones" by "jones". */
    private static void addWithParts(Set<String> words, String name) {
        words.add(name);
        for (int i = 1; i < name.length(); i++) {
            if (isSeparator(name.charAt(i - 1)) && !isSeparator(name.charAt(i))) {
                words.add(name.substring(i));
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }
}
