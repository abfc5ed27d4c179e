package org.helpdesk.platform.api.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.helpdesk.platform.api.directory.CustomerUserBackend;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * Rule R1, a customer user's customer IDs, as one function of what the services answer: the extra
 * IDs of the user's own backend, then the primary customer unless that backend excludes it, then
 * what the contributors grant (e.g. relations), sorted by ID. Each ID counts once, ignoring case,
 * with the reason and spelling of its first grant. The platform's {@link CustomerAccess} decides with
 * it; so can a test double, without a second copy of the rule.
 *
 * @since 1.1
 */
public final class CustomerIdRule {

    private CustomerIdRule() {
    }

    /**
     * The whole decision for a login: the user as the directory knows them, their customer IDs by this rule,
     * and the switch.
     *
     * @param backendOf the registered backend of a backend ID, {@code null} for none
     * @throws DirectoryException with {@link Reason#UNKNOWN_CUSTOMER_USER} for an unknown login
     */
    public static AccessDecision decide(String login, CustomerUserDirectory users,
            Function<String, CustomerUserBackend> backendOf, Collection<? extends CustomerIdContributor> contributors,
            boolean companyTicketAccessDisabled) {
        String key = login == null ? "" : login.strip();
        CustomerUser user = users.findCustomerUser(key).orElseThrow(() -> new DirectoryException(
                Reason.UNKNOWN_CUSTOMER_USER, login, "Unknown customer user: '" + login + "'"));
        return new AccessDecision(user.login(), customerIds(user, backendOf.apply(user.backend()), contributors),
                companyTicketAccessDisabled);
    }

    /**
     * @param backend the user's backend, {@code null} when it is not registered (the primary then counts, the
     *        setting's default)
     * @return the user's customer IDs with the reason of each
     */
    public static List<CustomerIdGrant> customerIds(CustomerUser user, CustomerUserBackend backend,
            Collection<? extends CustomerIdContributor> contributors) {
        Grants grants = new Grants();
        if (backend != null) {
            for (String id : backend.extraCustomerIds(user.login())) {
                grants.add(id, CustomerIdGrant.BACKEND);
            }
        }
        if (backend == null || !backend.excludePrimaryCustomerId()) {
            grants.add(user.primaryCustomerId(), CustomerIdGrant.PRIMARY);
        }
        List<CustomerIdGrant> contributed = new ArrayList<>();
        for (CustomerIdContributor contributor : contributors) {
            List<CustomerIdGrant> ids = contributor.customerIds(user.login());
            if (ids != null) {
                contributed.addAll(ids);
            }
        }
        // stable: for equal IDs the spelling of the earlier contributor stays first
        contributed.sort(Comparator.comparing(g -> lower(g.customerId())));
        for (CustomerIdGrant grant : contributed) {
            grants.add(grant.customerId(), grant.reason());
        }
        return List.copyOf(grants.list);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** IDs in order of arrival, without duplicates ignoring case; the first spelling wins. */
    private static final class Grants {
        final List<CustomerIdGrant> list = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        void add(String customerId, String reason) {
            if (customerId != null && !customerId.isBlank() && seen.add(lower(customerId.strip()))) {
                list.add(new CustomerIdGrant(customerId.strip(), reason));
            }
        }
    }
}
