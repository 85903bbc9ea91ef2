package io.accountable.ops;

import io.accountable.demo.DemoData.DataChanged;
import io.accountable.facts.FactStore;
import io.accountable.settings.SettingsService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps several instances on one database showing the same numbers. A data change made here
 * (an import, the demo load) or a saved settings version moves a counter in the one-row table
 * {@code data_version} on and, on PostgreSQL, sends {@code NOTIFY accountable_data}. Every
 * instance listens (PostgreSQL) and also reads the row every {@code accountable.data-version.poll}
 * (2 s); when a counter moved elsewhere it rebuilds its facts beside the current ones, or reloads
 * its settings. So another instance serves the new numbers within a few seconds of the change.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    static final String CHANNEL = "accountable_data";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FactStore facts;
    @Inject
    SettingsService settings;
    @ConfigProperty(name = "accountable.data-version.poll", defaultValue = "PT2S")
    Duration poll;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final Object lock = new Object();
    private long seenData = -1;
    private long seenSettings = -1;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    void start(@Observes @jakarta.annotation.Priority(200) StartupEvent event) {
        synchronized (lock) {
            long[] now = read();
            seenData = now[0];
            seenSettings = now[1];
        }
        running = true;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        if ("postgresql".equals(dbKind)) {
            Thread listener = new Thread(this::listen, "data-version-listen");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** A data change made here: the facts were rebuilt by {@link FactStore}; tell the others. */
    void onDataChanged(@Observes DataChanged event) {
        bump("data_version");
    }

    /** A settings version saved here (after its commit): tell the others. */
    void onSettingsSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsService.Saved event) {
        bump("settings_version");
    }

    private void bump(String column) {
        synchronized (lock) {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("update data_version set " + column + " = " + column
                        + " + 1, changed_at = ? where id = 1")) {
                    ps.setTimestamp(1, Timestamp.from(java.time.Instant.now()));
                    ps.executeUpdate();
                }
                if ("postgresql".equals(dbKind)) {
                    try (Statement st = c.createStatement()) {
                        st.execute("NOTIFY " + CHANNEL);
                    }
                }
                long[] now = read(c);
                // What this instance did is seen; what others did meanwhile is picked up by the next check.
                if (column.equals("data_version")) {
                    seenData = Math.max(seenData, now[0]);
                } else {
                    seenSettings = Math.max(seenSettings, now[1]);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Could not tell other instances of a change (%s): %s", column, e.getMessage());
            }
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.debugf("Data version check failed: %s", e.getMessage());
        }
    }

    /** The data version in the database now (moves on with every import and demo load, on any instance). */
    public long dataVersion() {
        return read()[0];
    }

    /** Picks up a change another instance made; answers whether there was one. */
    public boolean check() {
        boolean data;
        boolean settingsMoved;
        synchronized (lock) {
            long[] now = read();
            data = now[0] > seenData;
            settingsMoved = now[1] > seenSettings;
            seenData = Math.max(seenData, now[0]);
            seenSettings = Math.max(seenSettings, now[1]);
        }
        if (settingsMoved) {
            LOG.info("Settings were saved on another instance: reloading them");
            settings.reload();
        }
        if (data) {
            LOG.info("Data changed on another instance: rebuilding the facts");
            facts.refresh("a change on another instance");
        }
        return data || settingsMoved;
    }

    private long[] read() {
        try (Connection c = dataSource.getConnection()) {
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read data_version: " + e.getMessage(), e);
        }
    }

    private static long[] read(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select data_version, settings_version from data_version where id = 1")) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
        }
    }

    /** PostgreSQL: wait for NOTIFY on a connection of its own and check at once. */
    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
                while (running) {
                    org.postgresql.PGNotification[] notes = pg.getNotifications(10_000);
                    if (notes != null && notes.length > 0) {
                        checkQuietly();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.debugf("LISTEN %s interrupted (%s); the row is still read every %s", CHANNEL, e.getMessage(), poll);
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
