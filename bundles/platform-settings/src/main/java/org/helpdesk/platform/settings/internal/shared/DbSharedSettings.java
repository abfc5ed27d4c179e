package org.helpdesk.platform.settings.internal.shared;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.ibatis.exceptions.PersistenceException;
import org.helpdesk.platform.api.settings.SharedSettings;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings saved through System Configuration, shared by every node on the {@code helpdesk} database. The database
 * is the truth: a save writes it first, in one transaction, and only then this node's ConfigAdmin; every node
 * applies the database to its ConfigAdmin when it starts (saved rows win over its {@code etc/} files) and whenever
 * another node saved ({@link ChangeFollower}: NOTIFY on PostgreSQL, a revision check every few seconds).
 */
@Component(service = { SharedSettings.class, DbSharedSettings.class })
public class DbSharedSettings implements SharedSettings {

    /** How often a node checks the revision, whether or not it listens for NOTIFY. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DbSharedSettings.class);

    private final SettingDatabase database;
    private final LocalConfigurations local;
    private final ChangeFollower follower;
    /** Applies to this node's ConfigAdmin one at a time: a save here and a catch-up must not interleave. */
    private final Object applying = new Object();
    /** The revision this node applied last; guarded by {@link #applying}. */
    private long applied = -1;

    @Activate
    public DbSharedSettings(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource,
            @Reference(name = "configurationAdmin") ConfigurationAdmin configurationAdmin) {
        this(dataSource, new ConfigAdminConfigurations(configurationAdmin), Clock.systemUTC(), POLL_INTERVAL);
        follower.start();
    }

    /** Catches up once; {@link #start()} starts following the other nodes. */
    DbSharedSettings(DataSource dataSource, LocalConfigurations local, Clock clock, Duration pollInterval) {
        this.database = new SettingDatabase(dataSource, clock);
        this.local = local;
        this.follower = new ChangeFollower(database.postgres() ? dataSource : null, pollInterval, this::catchUp);
        catchUp();
    }

    void start() {
        follower.start();
    }

    @Deactivate
    void stop() {
        follower.close();
    }

    @Override
    public Optional<String> value(String pid, String property) {
        return database.find(pid, property).map(StoredSetting::text);
    }

    /**
     * Writes {@code changed} to the database for every node, then to this node's ConfigAdmin.
     *
     * @param key the configuration's {@link SharedKeys key}
     * @param factoryPid its factory PID, or {@code null}
     * @throws IOException when the database fails (nothing was written anywhere) or ConfigAdmin does
     */
    public void save(String key, String factoryPid, Map<String, Object> changed, String changedBy)
            throws IOException {
        List<StoredSetting> settings = changed.entrySet().stream()
                .map(e -> StoredSetting.of(key, factoryPid, e.getKey(), e.getValue())).toList();
        long revision;
        try {
            revision = database.save(settings, changedBy);
        } catch (PersistenceException e) {
            throw new IOException("Cannot save " + changed.keySet() + " of " + key + " in the database: "
                    + e.getMessage(), e);
        }
        LOG.info("{} saved {} of {} for all nodes (revision {})", changedBy, changed, key, revision);
        synchronized (applying) {
            local.update(key, factoryPid, changed);
        }
    }

    /** Applies the database to this node's ConfigAdmin when its revision moved since this node last did. */
    void catchUp() {
        synchronized (applying) {
            if (database.revision() == applied) {
                return;
            }
            SettingDatabase.Snapshot snapshot = database.snapshot();
            if (!Reconciler.apply(snapshot.settings(), local).failed()) {
                applied = snapshot.revision();
            }
        }
    }

    /** For tests: the listener's server process, -1 while it does not listen. */
    int listenerBackendPid() {
        return follower.listenerBackendPid();
    }
}
