package org.helpdesk.platform.directory.internal.db;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.helpdesk.platform.api.directory.dto.Customer;
import org.helpdesk.platform.api.directory.dto.Validity;

/** SQL of the customer table; lower-case columns ({@code ..._lc}) carry the case-insensitive keys. */
public interface CustomerMapper {

    Customer find(@Param("idLc") String idLc);

    List<Customer> findAll(@Param("idsLc") Collection<String> idsLc);

    Long idOf(@Param("idLc") String idLc);

    List<Customer> search(@Param("filter") SearchFilter filter, @Param("validity") Validity validity,
            @Param("sortColumn") String sortColumn, @Param("direction") String direction,
            @Param("offset") int offset, @Param("limit") int limit);

    List<String> matchingIds(@Param("filter") SearchFilter filter, @Param("validity") Validity validity,
            @Param("afterLc") String afterLc, @Param("limit") int limit);

    long count(@Param("filter") SearchFilter filter, @Param("validity") Validity validity);

    int insert(@Param("customerId") String customerId, @Param("idLc") String idLc, @Param("name") String name,
            @Param("nameLc") String nameLc, @Param("actor") String actor);

    int updateName(@Param("idLc") String idLc, @Param("name") String name, @Param("nameLc") String nameLc,
            @Param("actor") String actor);

    int updateId(@Param("idLc") String idLc, @Param("newId") String newId, @Param("newIdLc") String newIdLc,
            @Param("actor") String actor);

    int updateValid(@Param("idLc") String idLc, @Param("valid") boolean valid, @Param("actor") String actor);

    long countPrimaryUsers(@Param("idLc") String idLc);

    int delete(@Param("idLc") String idLc);
}
