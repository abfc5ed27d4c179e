package org.helpdesk.customerrelations.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.helpdesk.customerrelations.api.dto.ApiToken;

/** SQL of cr_api_token (TokenMapper.xml). */
public interface TokenMapper {

    void insert(TokenRow row);

    ApiToken findByHash(@Param("hash") String hash);

    ApiToken find(@Param("id") long id);

    List<ApiToken> list();

    int revoke(@Param("id") long id, @Param("at") Instant at, @Param("actor") String actor);
}
