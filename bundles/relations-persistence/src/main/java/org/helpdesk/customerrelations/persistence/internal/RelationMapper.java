package org.helpdesk.customerrelations.persistence.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.Relation;

/** SQL of the relation and history tables; row-by-row bulk writes are JDBC batches in {@link Batches}. */
interface RelationMapper {

    List<String> customerIdsOf(@Param("loginLc") String loginLc);

    long countCustomerIdsOf(@Param("loginLc") String loginLc, @Param("exceptLc") String exceptLc);

    List<String> customerIdsPage(@Param("loginLc") String loginLc, @Param("exceptLc") String exceptLc,
            @Param("offset") int offset, @Param("limit") int limit);

    long countLoginsOf(@Param("customerIdLc") String customerIdLc, @Param("exceptLcs") Collection<String> exceptLcs);

    List<String> loginsPage(@Param("customerIdLc") String customerIdLc,
            @Param("exceptLcs") Collection<String> exceptLcs, @Param("offset") int offset, @Param("limit") int limit);

    /** Rows whose login is one of {@code loginLcs} and whose customer is one of {@code customerIdLcs}. */
    List<KeyRow> existing(@Param("loginLcs") Collection<String> loginLcs,
            @Param("customerIdLcs") Collection<String> customerIdLcs);

    long count();

    void all(ResultHandler<Relation> handler);

    List<HistoryEntry> history(@Param("loginLc") String loginLc, @Param("customerIdLc") String customerIdLc,
            @Param("offset") int offset, @Param("limit") int limit);

    long countHistory(@Param("loginLc") String loginLc, @Param("customerIdLc") String customerIdLc);

    // Set-based writes for renames and deletions: one statement for all rows of a key.

    /** The other side's IDs of a key's relations (at most {@code limit}), for events. */
    List<String> otherIds(@Param("column") String column, @Param("otherColumn") String otherColumn,
            @Param("keyLc") String keyLc, @Param("limit") int limit);

    long countOf(@Param("column") String column, @Param("keyLc") String keyLc);

    /** Records the additions of the relations of a key created at {@code at} by {@code actor}. */
    int historyOfCreated(@Param("column") String column, @Param("keyLc") String keyLc, @Param("source") String source,
            @Param("actor") String actor, @Param("at") Timestamp at);

    int historyOfAll(@Param("column") String column, @Param("keyLc") String keyLc, @Param("action") String action,
            @Param("source") String source, @Param("actor") String actor, @Param("at") Timestamp at,
            @Param("detail") String detail);

    int historyOfRenamedLogin(@Param("oldLc") String oldLc, @Param("newLogin") String newLogin,
            @Param("newLc") String newLc, @Param("skipCollisions") boolean skipCollisions,
            @Param("actor") String actor, @Param("at") Timestamp at, @Param("detail") String detail);

    int historyOfRenamedCustomer(@Param("oldLc") String oldLc, @Param("newCustomerId") String newCustomerId,
            @Param("newLc") String newLc, @Param("skipCollisions") boolean skipCollisions,
            @Param("actor") String actor, @Param("at") Timestamp at, @Param("detail") String detail);

    int deleteLoginCollisions(@Param("oldLc") String oldLc, @Param("newLc") String newLc);

    int deleteCustomerCollisions(@Param("oldLc") String oldLc, @Param("newLc") String newLc);

    int renameLogin(@Param("oldLc") String oldLc, @Param("newLogin") String newLogin, @Param("newLc") String newLc,
            @Param("actor") String actor, @Param("at") Timestamp at);

    int renameCustomer(@Param("oldLc") String oldLc, @Param("newCustomerId") String newCustomerId,
            @Param("newLc") String newLc, @Param("actor") String actor, @Param("at") Timestamp at);

    int deleteAll(@Param("column") String column, @Param("keyLc") String keyLc);
}
