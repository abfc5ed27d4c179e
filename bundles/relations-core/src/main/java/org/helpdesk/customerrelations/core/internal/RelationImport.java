package org.helpdesk.customerrelations.core.internal;

import static org.helpdesk.customerrelations.core.internal.Values.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportReport.Rejected;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.customerrelations.api.spi.RelationStore;
import org.helpdesk.customerrelations.api.spi.RelationStore.Pair;
import org.helpdesk.customerrelations.api.spi.RelationStore.WriteResult;
import org.helpdesk.platform.api.directory.CustomerDirectory;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.CustomerUser;

/**
 * {@link CustomerRelationService#importRelations}: every row is checked, with two batch lookups of the
 * directory; then the valid rows are added in one store transaction, or none when a row was rejected and the
 * options do not skip invalid rows.
 */
final class RelationImport {

    private final DirectoryLookup directory;
    private final RelationStore store;
    private final Backends backends;
    private final EventPoster events;

    RelationImport(DirectoryLookup directory, RelationStore store, Backends backends, EventPoster events) {
        this.directory = directory;
        this.store = store;
        this.backends = backends;
        this.events = events;
    }

    ImportReport importRelations(Collection<ImportRow> rows, ImportOptions options, String actor) {
        String who = Values.actor(actor);
        // two batch lookups instead of one directory query per distinct login and customer ID
        Map<String, CustomerUser> foundUsers = directory.findUsers(rows.stream().map(ImportRow::login).toList());
        Map<String, Customer> foundCustomers = directory.findCustomers(
                rows.stream().map(ImportRow::customerId).toList());
        Map<String, Long> firstLine = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Pair> valid = new ArrayList<>();
        for (ImportRow row : rows) {
            String loginProblem = Values.problem(row.login(), CustomerUserDirectory.MAX_LOGIN_LENGTH);
            String customerProblem = Values.problem(row.customerId(), CustomerDirectory.MAX_ID_LENGTH);
            if (loginProblem != null || customerProblem != null) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), loginProblem != null
                        ? "login is " + loginProblem : "customer ID is " + customerProblem));
                continue;
            }
            String login = row.login().strip();
            String customerId = row.customerId().strip();
            String key = lower(login) + '\u0000' + lower(customerId);
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(),
                        "duplicate of line " + earlier));
                continue;
            }
            Optional<CustomerUser> user = Optional.ofNullable(foundUsers.get(lower(login)));
            if (user.isEmpty()) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), "unknown customer user"));
                continue;
            }
            Optional<Customer> customer = Optional.ofNullable(foundCustomers.get(lower(customerId)));
            if (customer.isEmpty()) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(), "unknown customer"));
                continue;
            }
            CustomerUser u = user.get();
            if (customer.get().customerId().equalsIgnoreCase(u.primaryCustomerId())
                    && !backends.excludesPrimary(u.backend())) {
                rejected.add(new Rejected(row.line(), row.login(), row.customerId(),
                        "primary customer (always included)"));
                continue;
            }
            valid.add(new Pair(u.login(), customer.get().customerId()));
        }
        boolean refused = options.dryRun() || (!rejected.isEmpty() && !options.skipInvalid());
        if (refused || valid.isEmpty()) {
            long present = store.existing(valid).size();
            return new ImportReport(valid.size() - present, present, rejected, !refused);
        }
        WriteResult written = store.write(valid, List.of(), Source.IMPORT, who);
        post(written.added(), who);
        return new ImportReport(written.added().size(), written.unchanged(), rejected, true);
    }

    /** One event per login: an event names one subject. */
    private void post(List<Pair> added, String who) {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (Pair p : added) {
            bySubject.computeIfAbsent(p.login(), l -> new ArrayList<>()).add(p.customerId());
        }
        bySubject.forEach((login, ids) -> events.post(true, Side.CUSTOMER_USER, login, ids, ids.size(),
                Source.IMPORT, who));
    }
}
