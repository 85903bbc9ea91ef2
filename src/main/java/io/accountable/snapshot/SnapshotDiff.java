package io.accountable.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed between a snapshot and today's numbers for the same filter. Each change is split
 * in three parts that add up to it: {@code fromData} (today's data under the snapshot's settings
 * and period), {@code fromSettings} (then today's settings), {@code fromPeriod} (then today's
 * period, when the filter names a relative period such as the last 12 months).
 */
public record SnapshotDiff(long snapshotId, Instant frozenAt, LocalDate thenFrom, LocalDate thenTo, LocalDate nowFrom,
        LocalDate nowTo, List<Import> importsSince, List<SettingsChange> settingsSince, List<Change> kpis,
        List<Change> channels) {

    /** Whether today's period differs from the snapshot's (a relative period such as the last 12 months). */
    public boolean periodMoved() {
        return !thenFrom.equals(nowFrom) || !thenTo.equals(nowTo);
    }

    /** One figure then and now; a part is null when the figure is blank on either side of it. */
    public record Change(String key, String label, Double then, Double now, Double change, Double fromData,
            Double fromSettings, Double fromPeriod) {
        /** Whether anything moved (beyond rounding). */
        public boolean moved() {
            return change == null ? (then == null) != (now == null) : Math.abs(change) > 1e-9;
        }
    }

    /** An import that wrote rows after the snapshot. */
    public record Import(long id, Instant at, String user, String kind, String fileName, long created, long updated) {
    }

    /** A settings version saved after the snapshot, with the settings it changed against the snapshot's. */
    public record SettingsChange(long id, Instant at, String user, List<String> changed) {
    }
}
