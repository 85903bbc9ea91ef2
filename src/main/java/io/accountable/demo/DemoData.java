package io.accountable.demo;

import io.accountable.AccountableConfig;
import io.accountable.AccountableConfig.DemoScale;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.logging.Logger;

/** Loads the demo company into an empty database at start, as {@code accountable.demo-scale} says. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /**
     * Fired after data changed in bulk, so caches of derived numbers are rebuilt. {@code accountsOnly}
     * says only the account table changed (an accounts import): the facts then re-read that table
     * alone and keep every other column.
     */
    public record DataChanged(String what, boolean accountsOnly) {
        public DataChanged(String what) {
            this(what, false);
        }
    }

    @Inject
    AccountableConfig config;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Event<DataChanged> changed;

    void onStart(@Observes @Priority(20) StartupEvent event) throws SQLException {
        if (config.demoScale() == DemoScale.none || !isEmpty()) {
            return;
        }
        load(generator(config.demoScale()));
    }

    public DemoGenerator generator(DemoScale scale) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return scale == DemoScale.large ? DemoGenerator.large(config.demoSeed(), today)
                : DemoGenerator.small(config.demoSeed(), today);
    }

    private static void removeAll(Connection c) throws SQLException {
        for (String table : new String[] {"nps_response", "cost", "touchpoint", "stage_change", "opportunity",
                "campaign", "contact", "account"}) {
            try (var st = c.createStatement()) {
                st.executeUpdate("delete from " + table);
            }
        }
        c.commit();
    }

    boolean isEmpty() throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from account")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /**
     * Loads in batches that are committed as they go (a single transaction of two million rows
     * is too heavy for H2); a failed load removes what it wrote, so the next start tries again.
     */
    public void load(DemoGenerator generator) throws SQLException {
        long started = System.nanoTime();
        Map<String, Long> counts;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (DemoLoader loader = new DemoLoader(c)) {
                generator.generate(loader);
                counts = loader.counts();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                removeAll(c);
                throw e;
            }
            c.commit();
        }
        LOG.infof("Loaded demo data in %d ms: %s", (System.nanoTime() - started) / 1_000_000, counts);
        changed.fire(new DataChanged("demo"));
    }
}
