package org.helpdesk.customerrelations.persistence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.spi.TokenStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** API tokens in cr_api_token, on the plugin's one session factory; each call is one short transaction. */
@Component(service = TokenStore.class)
public class MyBatisTokenStore implements TokenStore {

    private final SqlSessionFactory sessions;

    @Activate
    public MyBatisTokenStore(@Reference RelationsDatabase database) {
        this.sessions = database.sessions();
    }

    @Override
    public ApiToken insert(String owner, String name, String secretHash, Instant createdAt, Instant expiresAt) {
        // Microseconds: what PostgreSQL keeps, so the instants compare equal when read back.
        TokenRow row = new TokenRow(owner, name, secretHash, createdAt.truncatedTo(ChronoUnit.MICROS),
                expiresAt.truncatedTo(ChronoUnit.MICROS));
        return inTransaction(mapper -> {
            mapper.insert(row);
            // read back by the unique hash: generated-key column names differ between Derby and PostgreSQL
            return mapper.findByHash(secretHash);
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return Optional.ofNullable(inTransaction(mapper -> mapper.findByHash(secretHash)));
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(inTransaction(mapper -> mapper.find(id)));
    }

    @Override
    public List<ApiToken> list() {
        return inTransaction(TokenMapper::list);
    }

    @Override
    public boolean revoke(long id, Instant at, String actor) {
        return inTransaction(mapper -> mapper.revoke(id, at.truncatedTo(ChronoUnit.MICROS), actor) == 1);
    }

    private <T> T inTransaction(Function<TokenMapper, T> work) {
        try (SqlSession session = sessions.openSession(false)) {
            try {
                T result = work.apply(session.getMapper(TokenMapper.class));
                session.commit(true);
                return result;
            } catch (RuntimeException e) {
                session.rollback(true);
                throw e;
            }
        } catch (RuntimeException e) {
            throw new RelationException(Reason.DATABASE, null, "The token database failed; nothing was written: "
                    + e.getMessage(), e);
        }
    }
}
