package org.helpdesk.customerrelations.ui.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;

/** All customer users as seen from one customer: the grid of the customer's page. */
public final class UsersOfCustomer implements RelationSide {

    private final CustomerRelationService relations;
    private final CustomerUserDirectory users;
    private final Customer customer;
    private final Predicate<String> backendExcludesPrimary;

    public UsersOfCustomer(CustomerRelationService relations, CustomerUserDirectory users, Customer customer,
            Predicate<String> backendExcludesPrimary) {
        this.relations = relations;
        this.users = users;
        this.customer = customer;
        this.backendExcludesPrimary = backendExcludesPrimary;
    }

    @Override
    public Side side() {
        return Side.CUSTOMER;
    }

    @Override
    public String subject() {
        return customer.customerId();
    }

    @Override
    public List<RelationRow> rows(String filter, int offset, int limit, String returnPath) {
        List<CustomerUser> page = Paging.fetch(offset, limit, (o, l) -> users.listCustomerUsers(
                Search.of(filter, CustomerUserSort.LOGIN, 1).page(o, l)));
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> related = CustomersOfUser.lowerCase(relations.relatedLogins(customer.customerId(),
                page.stream().map(CustomerUser::login).toList()));
        return page.stream().map(user -> {
            boolean primary = user.primaryCustomerId().equalsIgnoreCase(customer.customerId());
            return new RelationRow(user.login(), user.label(), user.valid(), primary,
                    primary && !backendExcludesPrimary.test(user.backend()),
                    related.contains(user.login().toLowerCase(Locale.ROOT)),
                    RelationRoutes.hostCustomerUserEdit(user.login(), returnPath));
        }).toList();
    }

    @Override
    public long count(String filter) {
        return users.countCustomerUsers(Search.of(filter, CustomerUserSort.LOGIN, 1));
    }

    @Override
    public boolean matches(String filter, String id) {
        return DirectoryMatch.matches(filter, id, (f, after, limit) -> users.matchingLogins(f, Validity.ALL, after, limit));
    }
}
