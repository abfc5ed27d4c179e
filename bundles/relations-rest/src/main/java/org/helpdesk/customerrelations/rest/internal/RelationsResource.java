package org.helpdesk.customerrelations.rest.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ChangeResult;
import org.helpdesk.customerrelations.api.dto.ChangeSet;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryQuery;
import org.helpdesk.customerrelations.api.dto.RelatedCustomer;
import org.helpdesk.customerrelations.api.dto.RelatedCustomerUser;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.api.access.AccessDecision;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.access.CustomerIdGrant;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Page;

/**
 * What each endpoint does, on the relations service and the platform's access decision; JSON out.
 * Writes are recorded with source {@link Source#API} and actor {@code api:<admin>}.
 */
final class RelationsResource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The most IDs in each of a change set's lists. */
    static final int MAX_CHANGES = 10_000;
    private static final Set<String> CHANGE_FIELDS = new LinkedHashSet<>(List.of("add", "remove"));

    private final CustomerRelationService relations;
    private final CustomerAccess access;
    private final CustomerUserDirectory users;

    RelationsResource(CustomerRelationService relations, CustomerAccess access, CustomerUserDirectory users) {
        this.relations = relations;
        this.access = access;
        this.users = users;
    }

    ObjectNode customersOf(String login, ListQuery query, String path) {
        Page<RelatedCustomer> page = relations.customersOf(login, query.filter(), query.offset(), query.limit());
        ArrayNode items = JSON.arrayNode();
        for (RelatedCustomer related : page.items()) {
            items.addObject()
                    .put("customerId", related.customer().customerId())
                    .put("name", related.customer().name())
                    .put("valid", related.customer().valid())
                    .put("primary", related.primary())
                    .put("related", related.related());
        }
        return list(items, page.total(), query.nextLink(path, page.items().size(), page.total()));
    }

    ObjectNode customerUsersOf(String customerId, ListQuery query, String path) {
        Page<RelatedCustomerUser> page = relations.customerUsersOf(customerId, query.filter(), query.offset(),
                query.limit());
        ArrayNode items = JSON.arrayNode();
        for (RelatedCustomerUser related : page.items()) {
            CustomerUser user = related.customerUser();
            items.addObject()
                    .put("login", user.login())
                    .put("firstName", user.firstName())
                    .put("lastName", user.lastName())
                    .put("email", user.email())
                    .put("primaryCustomerId", user.primaryCustomerId())
                    .put("valid", user.valid())
                    .put("primary", related.primary())
                    .put("related", related.related());
        }
        return list(items, page.total(), query.nextLink(path, page.items().size(), page.total()));
    }

    private static ObjectNode list(ArrayNode items, long total, String next) {
        ObjectNode body = JSON.objectNode();
        body.set("items", items);
        body.put("total", total);
        if (next != null) {
            body.put("next", next);
        }
        return body;
    }

    /** History entries, newest first, of one login and/or customer ID (query {@code customer-user}, {@code customer}). */
    ObjectNode history(String login, String customerId, ListQuery query, String path) {
        Page<HistoryEntry> page = relations.history(new HistoryQuery(blankToNull(login), blankToNull(customerId),
                query.offset(), query.limit()));
        ArrayNode items = JSON.arrayNode();
        for (HistoryEntry entry : page.items()) {
            items.addObject()
                    .put("id", entry.id())
                    .put("login", entry.login())
                    .put("customerId", entry.customerId())
                    .put("action", entry.action().name().toLowerCase(Locale.ROOT))
                    .put("source", entry.source().name())
                    .put("actor", entry.actor())
                    .put("at", entry.at().toString())
                    .put("detail", entry.detail() == null ? "" : entry.detail());
        }
        Map<String, String> kept = new HashMap<>();
        kept.put("customer-user", login);
        kept.put("customer", customerId);
        return list(items, page.total(), query.nextLink(path, page.items().size(), page.total(), kept));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The effective customer IDs with their reasons, from the platform's one access decision (rule R1). */
    ObjectNode customerIds(String login) {
        CustomerUser user = users.findCustomerUser(login)
                .orElseThrow(() -> ApiProblem.of(404, "unknown-customer-user", "Unknown customer user",
                        "Unknown customer user: '" + login + "'"));
        AccessDecision decision = access.decide(user.login());
        ObjectNode body = JSON.objectNode().put("login", decision.login())
                .put("companyTicketAccessDisabled", decision.companyTicketAccessDisabled());
        ArrayNode ids = body.putArray("customerIds");
        for (CustomerIdGrant grant : decision.customerIds()) {
            ids.addObject().put("customerId", grant.customerId()).put("reason", grant.reason());
        }
        return body;
    }

    /** @return the version of the subject's relation set (its entity tag without quotes) */
    String version(Side side, String subject) {
        return relations.version(side, subject);
    }

    /**
     * A change set {@code {"add": [...], "remove": [...]}} of one subject in one transaction; only while the
     * subject's set is at {@code expectedVersion}, unless that is {@code null}.
     */
    ObjectNode change(Side side, String subject, JsonNode body, String expectedVersion, String admin) {
        RequestBody.onlyFields(body, CHANGE_FIELDS);
        ChangeSet changes = new ChangeSet(side, subject, RequestBody.strings(body, "add", MAX_CHANGES),
                RequestBody.strings(body, "remove", MAX_CHANGES));
        ChangeResult result = expectedVersion == null
                ? relations.apply(changes, Source.API, actor(admin))
                : relations.apply(changes, expectedVersion, Source.API, actor(admin));
        return JSON.objectNode().put("added", result.added()).put("removed", result.removed())
                .put("unchanged", result.unchanged());
    }

    /** @return the answer and whether the relation was new */
    Written relate(String login, String customerId, String admin) {
        ChangeResult result = relations.add(login, List.of(customerId), Source.API, actor(admin));
        return new Written(relation(login, customerId, true), result.added() > 0);
    }

    Written unrelate(String login, String customerId, String admin) {
        ChangeResult result = relations.remove(login, List.of(customerId), Source.API, actor(admin));
        return new Written(relation(login, customerId, false), result.removed() > 0);
    }

    private static ObjectNode relation(String login, String customerId, boolean related) {
        return JSON.objectNode().put("login", login).put("customerId", customerId).put("related", related);
    }

    static String actor(String admin) {
        return "api:" + admin;
    }

    /** A write's answer, and whether it changed anything. */
    record Written(ObjectNode body, boolean changed) {
    }
}
