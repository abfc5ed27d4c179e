package org.helpdesk.platform.security.internal.db;

import org.apache.ibatis.annotations.Param;

/** SQL of the failed-login table; times are epoch milliseconds. */
public interface LoginFailureMapper {

    /** @return 1 when the name had a row, which now counts this failure; 0 when it has none */
    int addFailure(@Param("key") String key, @Param("now") long now, @Param("maxFailures") int maxFailures,
            @Param("lockEnd") long lockEnd, @Param("windowEnd") long windowEnd);

    /** @throws org.apache.ibatis.exceptions.PersistenceException for a duplicate key when a node inserted it first */
    int insertFirstFailure(@Param("key") String key, @Param("lockedUntil") Long lockedUntil,
            @Param("expiresAt") long expiresAt);

    long countLocked(@Param("key") String key, @Param("now") long now);

    int delete(@Param("key") String key);

    int deleteExpired(@Param("now") long now);

    /** Deletes the rows of names not locked now. */
    int deleteUnlocked(@Param("now") long now);

    long count();
}
