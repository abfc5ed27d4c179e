package org.helpdesk.testsupport.directory;

import static org.helpdesk.testsupport.directory.Store.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.helpdesk.platform.api.directory.CustomerUserWords;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * A search text read as the real directory reads it (its {@code SearchFilter} and {@code SearchWords}), with
 * regular expressions where the real one has SQL LIKE: words split at white space, all of which must match,
 * lower case ({@code Locale.ROOT}); {@code *} is a wildcard and a word starting with {@code *} matches anywhere.
 * A customer matches a word anywhere in its ID or name; a customer user as {@link CustomerUserWords} says.
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
    private final List<CustomerUserWords.Term> userTerms;

    private Filter(List<Term> terms, String text) {
        this.terms = List.copyOf(terms);
        this.userTerms = CustomerUserWords.terms(text);
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
        return new Filter(terms, text);
    }

    boolean matches(Customer customer) {
        String id = lower(customer.customerId());
        String name = lower(customer.name());
        return terms.stream().allMatch(t -> t.within(id) || t.within(name));
    }

    /** By the rule every backend shares ({@link CustomerUserWords}). */
    boolean matches(CustomerUser user) {
        return CustomerUserWords.matches(user, userTerms);
    }
}
