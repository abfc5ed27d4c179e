package org.helpdesk.platform.portal.internal.session.db;

import org.apache.ibatis.annotations.Param;

/** SQL of the session table; sessions are found by the hash of their ID, times are epoch milliseconds. */
public interface SessionMapper {

    int insert(@Param("idHash") String idHash, @Param("login") String login, @Param("loginLc") String loginLc,
            @Param("csrfToken") String csrfToken, @Param("language") String language, @Param("now") long now);

    StoredSession find(@Param("idHash") String idHash);

    int touch(@Param("idHash") String idHash, @Param("now") long now);

    int setLanguage(@Param("idHash") String idHash, @Param("language") String language);

    int delete(@Param("idHash") String idHash);

    /** Deletes the session if it was last seen at {@code seenBefore} or earlier. */
    int deleteIdle(@Param("idHash") String idHash, @Param("seenBefore") long seenBefore);

    int deleteAllIdle(@Param("seenBefore") long seenBefore);

    int deleteByLogin(@Param("loginLc") String loginLc);

    /** @return when the session before login at {@code offset} in the order of last use was last seen, or null */
    Long anonymousLastSeenAt(@Param("offset") long offset);

    int deleteAnonymousSeenUpTo(@Param("lastSeen") long lastSeen);

    long count();
}
