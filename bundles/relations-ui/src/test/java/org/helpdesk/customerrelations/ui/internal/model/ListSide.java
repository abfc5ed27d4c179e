package org.helpdesk.customerrelations.ui.internal.model;

import java.util.List;
import java.util.Locale;

import org.helpdesk.customerrelations.api.dto.Side;

/** A user's page over a fixed list of customer IDs, none stored; a filter matches IDs containing it. */
public record ListSide(String subject, List<String> ids) implements RelationSide {

    @Override
    public Side side() {
        return Side.CUSTOMER_USER;
    }

    @Override
    public List<RelationRow> rows(String filter, int offset, int limit, String returnPath) {
        return ids.stream().filter(id -> matches(filter, id)).skip(offset).limit(limit)
                .map(ListSide::row).toList();
    }

    @Override
    public long count(String filter) {
        return ids.stream().filter(id -> matches(filter, id)).count();
    }

    @Override
    public boolean matches(String filter, String id) {
        return id.toLowerCase(Locale.ROOT).contains(filter.strip().toLowerCase(Locale.ROOT));
    }

    public static RelationRow row(String id) {
        return new RelationRow(id, id + " Corp", true, false, false, false, "/admin/customers/edit/" + id);
    }

    public static RelationRow lockedPrimary(String id) {
        return new RelationRow(id, id + " Corp", true, true, true, false, "/admin/customers/edit/" + id);
    }
}
