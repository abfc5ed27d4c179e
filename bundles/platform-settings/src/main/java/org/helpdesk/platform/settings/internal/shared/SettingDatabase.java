package org.helpdesk.platform.settings.internal.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.Sessions;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.helpdesk.platform.settings.internal.shared.db.SettingMapper;

/**
 * The settings saved through System Configuration in the {@code helpdesk} database. A save is one transaction that
 * counts the revision up (whose row lock puts the saves of all nodes in one order), writes the rows and, on
 * PostgreSQL, sends {@code NOTIFY} on {@value #CHANNEL}, which the listening nodes get when it commits.
 */
public final class SettingDatabase {

    public static final String CHANNEL = "helpdesk_settings";
    static final String CHANGELOG = "org/helpdesk/platform/settings/internal/shared/db/changelog.xml";

    /** The rows and the revision they are at least as new as. */
    public record Snapshot(long revision, List<StoredSetting> settings) {
    }

    private final Sessions sessions;
    private final Clock clock;
    private final boolean postgres;

    public SettingDatabase(DataSource dataSource, Clock clock) {
        SchemaMigrations.update(dataSource, CHANGELOG, SettingDatabase.class);
        this.sessions = new Sessions(SqlSessionFactories.build(dataSource,
                Map.of("StoredSetting", StoredSetting.class), List.of(SettingMapper.class)));
        this.clock = clock;
        this.postgres = isPostgres(dataSource);
    }

    /** @return whether the database is PostgreSQL, where nodes can listen for each other's saves */
    public boolean postgres() {
        return postgres;
    }

    /**
     * Writes all {@code settings} in one transaction, or nothing.
     *
     * @return the revision of this save
     * @throws org.apache.ibatis.exceptions.PersistenceException when the database fails; nothing is written then
     */
    public long save(List<StoredSetting> settings, String changedBy) {
        Instant now = clock.instant();
        return sessions.write(s -> {
            SettingMapper mapper = mapper(s);
            mapper.nextRevision();
            long revision = mapper.revision();
            for (StoredSetting setting : settings) {
                // no other node inserts the same row meanwhile: the revision's row lock is held until commit
                if (mapper.update(setting, revision, now, changedBy) == 0) {
                    mapper.insert(setting, revision, now, changedBy);
                }
            }
            if (postgres) {
                mapper.notifyNodes();
            }
            return revision;
        });
    }

    /** @return the count of saves so far, one read by primary key */
    public long revision() {
        return sessions.read(s -> mapper(s).revision());
    }

    /** @return all rows; the revision read before them, so rows of a later save may be in, never rows missing */
    public Snapshot snapshot() {
        return sessions.read(s -> {
            long revision = mapper(s).revision();
            return new Snapshot(revision, mapper(s).all());
        });
    }

    public Optional<StoredSetting> find(String pid, String property) {
        return Optional.ofNullable(sessions.read(s -> mapper(s).find(pid, property)));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask the helpdesk database for its product: " + e.getMessage(), e);
        }
    }

    private static SettingMapper mapper(SqlSession session) {
        return session.getMapper(SettingMapper.class);
    }
}
