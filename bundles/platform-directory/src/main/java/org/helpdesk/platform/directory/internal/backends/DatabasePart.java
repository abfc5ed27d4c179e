package org.helpdesk.platform.directory.internal.backends;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.CustomerUserSort;
import org.helpdesk.platform.api.directory.dto.Search;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.helpdesk.platform.directory.internal.DbCustomerUserDirectory;

/** The users in the helpdesk database: always the first part, so nothing shadows them. */
final class DatabasePart implements Part {

    private final DbCustomerUserDirectory db;

    DatabasePart(DbCustomerUserDirectory db) {
        this.db = db;
    }

    @Override
    public String backendId() {
        return DbCustomerUserDirectory.DB_BACKEND;
    }

    @Override
    public Optional<CustomerUser> find(String login) {
        return db.findCustomerUser(login);
    }

    @Override
    public Map<String, CustomerUser> findAll(Collection<String> logins) {
        return db.findCustomerUsers(logins);
    }

    @Override
    public List<CustomerUser> page(Search<CustomerUserSort> search) {
        return db.listCustomerUsers(search);
    }

    @Override
    public long count(Search<CustomerUserSort> search) {
        return db.countCustomerUsers(search);
    }

    @Override
    public List<String> matchingLogins(String filter, Validity validity, String afterLogin, int limit) {
        return db.matchingLogins(filter, validity, afterLogin, limit);
    }

    @Override
    public Optional<CustomerUser> authenticate(String login, char[] password) {
        return db.authenticate(login, password);
    }
}
