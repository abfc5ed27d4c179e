package org.helpdesk.platform.directory.internal.db;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.helpdesk.platform.api.directory.dto.CustomerUser;
import org.helpdesk.platform.api.directory.dto.Validity;

/** SQL of the customer-user table. */
public interface CustomerUserMapper {

    CustomerUser find(@Param("loginLc") String loginLc);

    List<CustomerUser> findAll(@Param("loginsLc") Collection<String> loginsLc);

    List<CustomerUser> search(@Param("filter") SearchFilter filter, @Param("validity") Validity validity,
            @Param("sortColumn") String sortColumn, @Param("direction") String direction,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("filter") SearchFilter filter, @Param("validity") Validity validity);

    List<String> matchingLogins(@Param("filter") SearchFilter filter, @Param("validity") Validity validity,
            @Param("afterLc") String afterLc, @Param("limit") int limit);

    String passwordHash(@Param("loginLc") String loginLc);

    String extraCustomerIds(@Param("loginLc") String loginLc);

    int insert(@Param("row") CustomerUserRow row, @Param("actor") String actor);

    int update(@Param("row") CustomerUserRow row, @Param("actor") String actor);

    int updateLogin(@Param("loginLc") String loginLc, @Param("newLogin") String newLogin,
            @Param("newLoginLc") String newLoginLc, @Param("actor") String actor);

    int updateValid(@Param("loginLc") String loginLc, @Param("valid") boolean valid, @Param("actor") String actor);

    int updateExtraCustomerIds(@Param("loginLc") String loginLc, @Param("ids") String ids, @Param("actor") String actor);

    int delete(@Param("loginLc") String loginLc);

    int insertWord(@Param("word") String word, @Param("loginLc") String loginLc);

    int deleteWords(@Param("loginLc") String loginLc, @Param("words") Collection<String> words);

    String pendingTask(@Param("task") String task);

    int deleteTask(@Param("task") String task);

    List<CustomerUser> withNameParts(@Param("afterLc") String afterLc, @Param("limit") int limit);

    /** Moves the kept total of users with the given validity by {@code delta}. */
    int addToTotal(@Param("valid") boolean valid, @Param("delta") long delta);
}
