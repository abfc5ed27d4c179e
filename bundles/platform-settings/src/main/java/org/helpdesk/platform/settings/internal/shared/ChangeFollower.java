package org.helpdesk.platform.settings.internal.shared;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread per node that calls {@code catchUp} when another node may have saved settings: at once when a
 * {@code NOTIFY} arrives on PostgreSQL, after (re)connecting its listener, and in any case every poll interval, for
 * when the listener is down (reconnected with back-off) or the database is Derby.
 */
final class ChangeFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);
    /** The longest wait in one piece, so that closing never waits longer. */
    private static final int SLICE_MILLIS = 500;
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    private final DataSource listenOn;
    private final Duration pollInterval;
    private final Runnable catchUp;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile PgChannel channel;

    /**
     * @param listenOn the PostgreSQL database to listen on, or {@code null} to poll only
     * @param catchUp applies what changed; its exceptions are logged, the next signal or poll tries again
     */
    ChangeFollower(DataSource listenOn, Duration pollInterval, Runnable catchUp) {
        this.listenOn = listenOn;
        this.pollInterval = pollInterval;
        this.catchUp = catchUp;
        this.thread = new Thread(this::run, "helpdesk-settings-follower");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** @return the server process of the listener connection, or -1 while it is not listening */
    int listenerBackendPid() {
        PgChannel current = channel;
        return current == null ? -1 : current.backendPid();
    }

    private void run() {
        long backOff = FIRST_BACK_OFF.toMillis();
        long nextConnect = 0;
        long nextPoll = System.currentTimeMillis() + pollInterval.toMillis();
        boolean canListen = listenOn != null;
        boolean failing = false;
        while (running) {
            boolean signalled = false;
            long now = System.currentTimeMillis();
            if (canListen && channel == null && now >= nextConnect) {
                try {
                    channel = PgChannel.listen(listenOn, SettingDatabase.CHANNEL);
                    LOG.info("Listening for other nodes' settings on PostgreSQL channel {}", SettingDatabase.CHANNEL);
                    backOff = FIRST_BACK_OFF.toMillis();
                    // saves made while no one listened sent their NOTIFY to no one
                    signalled = true;
                } catch (SQLException e) {
                    LOG.warn("Cannot listen for other nodes' settings, trying again in {} ms: {}", backOff,
                            e.getMessage());
                    nextConnect = now + backOff;
                    backOff = Math.min(backOff * 2, MAX_BACK_OFF.toMillis());
                } catch (LinkageError e) {
                    // org.postgresql is not wired to this bundle (installed after it, without a refresh)
                    LOG.warn("The PostgreSQL driver's package is not available to platform-settings: other nodes' "
                            + "settings arrive by the check every {} only", pollInterval);
                    canListen = false;
                }
            }
            try {
                signalled |= waitForSignal((int) Math.max(1, Math.min(SLICE_MILLIS, nextPoll - now)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (running && (signalled || System.currentTimeMillis() >= nextPoll)) {
                nextPoll = System.currentTimeMillis() + pollInterval.toMillis();
                failing = catchUp(failing);
            }
        }
        closeChannel();
    }

    private boolean waitForSignal(int millis) throws InterruptedException {
        PgChannel current = channel;
        if (current == null) {
            Thread.sleep(millis);
            return false;
        }
        try {
            return current.await(millis);
        } catch (SQLException e) {
            if (running) {
                LOG.warn("The listener for other nodes' settings lost its connection, reconnecting: {}",
                        e.getMessage());
            }
            closeChannel();
            return false;
        }
    }

    private boolean catchUp(boolean failing) {
        try {
            catchUp.run();
            if (failing) {
                LOG.info("Settings of other nodes are followed again");
            }
            return false;
        } catch (RuntimeException e) {
            // logged once per outage, not every few seconds
            if (!failing) {
                LOG.warn("Cannot check for settings other nodes saved; trying again every {}", pollInterval, e);
            }
            return true;
        }
    }

    private void closeChannel() {
        PgChannel current = channel;
        channel = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
