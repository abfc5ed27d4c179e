package org.helpdesk.customerrelations.ui.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerSort;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** All customers as seen from one customer user: the grid of the user's page. */
public final class CustomersOfUser implements RelationSide {

    private final CustomerRelationService relations;
    private final CustomerDirectory customers;
    private final CustomerUser user;
    private final boolean excludePrimary;

    /** @param excludePrimary the user's backend setting {@code CustomerUserExcludePrimaryCustomerID} */
    public CustomersOfUser(CustomerRelationService relations, CustomerDirectory customers, CustomerUser user,
            boolean excludePrimary) {
        this.relations = relations;
        this.customers = customers;
        this.user = user;
        this.excludePrimary = excludePrimary;
    }

    @Override
    public Side side() {
        return Side.CUSTOMER_USER;
    }

    @Override
    public String subject() {
        return user.login();
    }

    @Override
    public List<RelationRow> rows(String filter, int offset, int limit, String returnPath) {
        List<Customer> page = Paging.fetch(offset, limit, (o, l) -> customers.listCustomers(
                Search.of(filter, CustomerSort.CUSTOMER_ID, 1).page(o, l)));
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> related = lowerCase(relations.relatedCustomerIds(user.login(),
                page.stream().map(Customer::customerId).toList()));
        return page.stream().map(customer -> {
            boolean primary = customer.customerId().equalsIgnoreCase(user.primaryCustomerId());
            return new RelationRow(customer.customerId(), customer.label(), customer.valid(), primary,
                    primary && !excludePrimary, related.contains(customer.customerId().toLowerCase(Locale.ROOT)),
                    RelationRoutes.hostCustomerEdit(customer.customerId(), returnPath));
        }).toList();
    }

    @Override
    public long count(String filter) {
        return customers.countCustomers(Search.of(filter, CustomerSort.CUSTOMER_ID, 1));
    }

    @Override
    public boolean matches(String filter, String id) {
        return DirectoryMatch.matches(filter, id,
                (f, after, limit) -> customers.matchingCustomerIds(f, Validity.ALL, after, limit));
    }

    static Set<String> lowerCase(Set<String> ids) {
        return ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
