package org.helpdesk.customerrelations.persistence.internal;

import static org.helpdesk.customerrelations.api.spi.RelationStore.MAX_LISTED_IDS;
import static org.helpdesk.customerrelations.persistence.internal.Keys.lower;

import java.util.List;

import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore.BulkResult;

/**
 * What a rename or a deletion in the directory does to all relations of one key: set-based statements, a
 * few per operation whatever the number of rows, with the history written first.
 */
final class KeyWrites {

    private final Transactions transactions;

    KeyWrites(Transactions transactions) {
        this.transactions = transactions;
    }

    BulkResult rename(Side side, String oldKey, String newKey, String actor) {
        String oldLc = lower(oldKey);
        String newLc = lower(newKey);
        boolean login = side == Side.CUSTOMER_USER;
        String column = login ? "login_lc" : "customer_id_lc";
        String other = login ? "customer_id" : "login";
        String detail = (login ? "login renamed: " : "customer ID renamed: ") + oldKey + " -> " + newKey;
        return transactions.write(null, (session, at) -> {
            RelationMapper m = session.getMapper(RelationMapper.class);
            List<String> ids = m.otherIds(column, other, oldLc, MAX_LISTED_IDS);
            if (ids.isEmpty()) {
                return new BulkResult(0, 0, List.of()); // nothing (left) to move: e.g. the event came twice
            }
            boolean merge = !oldLc.equals(newLc);
            m.historyOfAll(column, oldLc, Action.REMOVED.name(), Source.RENAME.name(), actor, at, detail);
            int moved;
            if (login) {
                m.historyOfRenamedLogin(oldLc, newKey, newLc, merge, actor, at, detail);
                if (merge) {
                    m.deleteLoginCollisions(oldLc, newLc);
                }
                moved = m.renameLogin(oldLc, newKey, newLc, actor, at);
            } else {
                m.historyOfRenamedCustomer(oldLc, newKey, newLc, merge, actor, at, detail);
                if (merge) {
                    m.deleteCustomerCollisions(oldLc, newLc);
                }
                moved = m.renameCustomer(oldLc, newKey, newLc, actor, at);
            }
            return new BulkResult(moved, 0, ids);
        });
    }

    BulkResult removeAllOf(Side side, String key, Source source, String actor) {
        String keyLc = lower(key);
        String column = side == Side.CUSTOMER_USER ? "login_lc" : "customer_id_lc";
        String other = side == Side.CUSTOMER_USER ? "customer_id" : "login";
        return transactions.write(null, (session, at) -> {
            RelationMapper m = session.getMapper(RelationMapper.class);
            List<String> ids = m.otherIds(column, other, keyLc, MAX_LISTED_IDS);
            if (ids.isEmpty()) {
                return new BulkResult(0, 0, List.of());
            }
            m.historyOfAll(column, keyLc, Action.REMOVED.name(), source.name(), actor, at, null);
            int removed = m.deleteAll(column, keyLc);
            return new BulkResult(removed, 0, ids);
        });
    }
}
