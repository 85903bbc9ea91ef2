package io.accountable.ingest;

import io.accountable.demo.DemoData.DataChanged;
import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * Runs imports: records each one (who, when, kind, file, SHA-256, counts, status), writes in
 * one transaction, and tells the caches to rebuild. An import cut off by a crash stays
 * "running" in the history until the next start marks it failed; its transaction was never
 * committed, so nothing of it is in the data.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SettingsService settings;
    @Inject
    Event<DataChanged> changed;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;
    @Inject
    io.accountable.AccountableConfig config;
    @Inject
    io.accountable.security.AuditLog audit;

    void markInterrupted(@Observes StartupEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update import_record set status = 'failed', finished_at = current_timestamp, message = ? "
                        + "where status = 'running'")) {
            // the history stores English; the page writes it in the reader's language
            st.setString(1, ImportTexts.of(Language.EN).import_interrupted());
            int n = st.executeUpdate();
            if (n > 0) {
                LOG.warnf("Marked %d interrupted imports as failed", n);
            }
        }
    }

    /** {@code accountable_import_rows_total{kind,outcome}} and {@code accountable_imports_total{kind,status}}. */
    private void count(ImportKind kind, ImportResult result) {
        metrics.counter("accountable.imports", "kind", kind.id(), "status", result.written() ? "succeeded" : "rejected")
                .increment();
        String[][] outcomes = {{"created", "" + (result.written() ? result.created() : 0)},
            {"updated", "" + (result.written() ? result.updated() : 0)},
            {"unchanged", "" + (result.written() ? result.unchanged() : 0)}, {"rejected", "" + result.rejected()}};
        for (String[] outcome : outcomes) {
            metrics.counter("accountable.import.rows", "kind", kind.id(), "outcome", outcome[0])
                    .increment(Long.parseLong(outcome[1]));
        }
    }

    /** Another import held the lock for longer than the configured wait: answered with a 409. */
    public static final class BusyException extends io.accountable.i18n.TextException {
        public BusyException(Text text) {
            super(text, false);
        }
    }

    /**
     * Imports run one at a time per database: this lock inside the application and, on
     * PostgreSQL, a transaction-level advisory lock so that several instances agree. Two
     * identical files imported at once are then written once and found unchanged once, never
     * a unique-index violation.
     */
    private final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock(
            true);
    /** The advisory lock's key: "ACCT-IMP" as a number, the same in every instance. */
    static final long ADVISORY_KEY = 0x4143_4354_494d_50L;

    /** The file too large for the configured limit: answered with a 413. */
    public static final class TooLargeException extends io.accountable.i18n.TextException {
        public TooLargeException(Text text) {
            super(text);
        }
    }

    /**
     * What importing a file already stored on disk would do, writing nothing (the import page's
     * preview): how it was read, and every row validated and classified.
     */
    public Preview preview(Path file, ImportKind kind, ImportMode mode, Charset charset) throws IOException,
            SQLException {
        return preview(file, kind, mode, charset, null).preview();
    }

    /** A preview and, with a mapping, what the mapping made of the file's first rows (null without one). */
    public record Mapped(Preview preview, MappingEffect mapping) {
    }

    /**
     * As {@link #preview(Path, ImportKind, ImportMode, Charset)}, the file read through a mapping
     * (may be null): the preview names the file's encoding and delimiter and the mapping's effect.
     */
    public Mapped preview(Path file, ImportKind kind, ImportMode mode, Charset charset, ImportMapping mapping)
            throws IOException, SQLException {
        checkSize(file);
        ImportOptions options = options(mode, charset);
        try (Connection c = dataSource.getConnection(); InputStream raw = Files.newInputStream(file)) {
            if (mapping == null) {
                return new Mapped(CsvImporter.preview(raw, kind, options, c), null);
            }
            try (MappedCsv in = mapped(raw, mapping, options)) {
                return mapped(in, CsvImporter.preview(in, kind, utf8(options), c));
            }
        }
    }

    private static MappedCsv mapped(InputStream raw, ImportMapping mapping, ImportOptions options) {
        return new MappedCsv(raw, mapping, options.charset(), options.zone(), ImportRun.recordLimit(options));
    }

    /** The options of the mapped stream: UTF-8, whatever the file's own charset. */
    private static ImportOptions utf8(ImportOptions o) {
        return new ImportOptions(o.mode(), null, o.reportingCurrency(), o.zone(), o.maxFieldLength(), o.plausible());
    }

    /**
     * How a stored file is read and its first rows, at once whatever its size: no validation, no
     * database (the Import page shows it while {@link #preview(Path, ImportKind, ImportOptions, ImportMapping, ImportProgress)}
     * runs).
     */
    Preview sample(Path file, ImportKind kind, ImportOptions options) throws IOException {
        return sample(file, kind, options, null).preview();
    }

    /** As {@link #sample(Path, ImportKind, ImportOptions)}, the file read through a mapping (may be null). */
    Mapped sample(Path file, ImportKind kind, ImportOptions options, ImportMapping mapping) throws IOException {
        checkSize(file);
        try (InputStream raw = Files.newInputStream(file)) {
            if (mapping == null) {
                return new Mapped(CsvImporter.sample(raw, kind, options), null);
            }
            try (MappedCsv in = mapped(raw, mapping, options)) {
                return mapped(in, CsvImporter.sample(in, kind, utf8(options)));
            }
        }
    }

    /**
     * The full preview of a stored file, streamed (the rows are not kept), telling
     * {@code progress} the bytes and rows read; throws {@link ImportProgress.Cancelled} when it is
     * cancelled.
     */
    Preview preview(Path file, ImportKind kind, ImportOptions options, ImportProgress progress) throws IOException,
            SQLException {
        return preview(file, kind, options, null, progress).preview();
    }

    /** As {@link #preview(Path, ImportKind, ImportOptions, ImportProgress)}, the file read through a mapping (may be null). */
    Mapped preview(Path file, ImportKind kind, ImportOptions options, ImportMapping mapping, ImportProgress progress)
            throws IOException, SQLException {
        checkSize(file);
        try (Connection c = dataSource.getConnection(); InputStream raw = progress.counting(Files.newInputStream(file))) {
            if (mapping == null) {
                return new Mapped(CsvImporter.preview(raw, kind, options, c, progress::rows), null);
            }
            try (MappedCsv in = mapped(raw, mapping, options)) {
                return mapped(in, CsvImporter.preview(in, kind, utf8(options), c, progress::rows));
            }
        }
    }

    /** A preview of the mapped stream as the file's: its encoding, delimiter and columns, and the mapping's effect. */
    private static Mapped mapped(MappedCsv in, Preview p) {
        return new Mapped(new Preview(in.encoding(), in.delimiterName(), in.columnFields(),
                List.copyOf(in.ignoredColumns), p.missingColumns(), p.firstRows(), p.dryRun()), in.effect());
    }

    /**
     * Imports a file already stored on disk (uploads are spooled to a temporary file) in one
     * transaction, telling {@code progress} (may be null) how many rows have been read so far.
     */
    public ImportResult importFile(Path file, String fileName, ImportKind kind, ImportMode mode, Charset charset,
            String user, LongConsumer progress) throws IOException, SQLException {
        return importFile(file, fileName, kind, mode, charset, null, user, progress);
    }

    /** As {@link #importFile(Path, String, ImportKind, ImportMode, Charset, String, LongConsumer)}, read through a mapping (may be null). */
    public ImportResult importFile(Path file, String fileName, ImportKind kind, ImportMode mode, Charset charset,
            ImportMapping mapping, String user, LongConsumer progress) throws IOException, SQLException {
        return importFile(file, fileName, kind, options(mode, charset), mapping, user, progress, null);
    }

    /**
     * As {@link #importFile(Path, String, ImportKind, ImportMode, Charset, String, LongConsumer)} with
     * options taken beforehand (in the request), read through a mapping (may be null), telling
     * {@code tracked} the bytes and rows read. Cancelled through it, the import rolls back, writes
     * nothing, is recorded "cancelled" and throws {@link ImportProgress.Cancelled}.
     */
    ImportResult importFile(Path file, String fileName, ImportKind kind, ImportOptions options, ImportMapping mapping,
            String user, ImportProgress tracked) throws IOException, SQLException {
        return importFile(file, fileName, kind, options, mapping, user, tracked::rows, tracked);
    }

    private ImportResult importFile(Path file, String fileName, ImportKind kind, ImportOptions options,
            ImportMapping mapping, String user, LongConsumer progress, ImportProgress tracked)
            throws IOException, SQLException {
        checkSize(file);
        ImportMode mode = options.mode();
        long deadline = System.nanoTime() + config.importWait().toNanos();
        boolean locked;
        try {
            locked = importLock.tryLock(config.importWait().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw busy();
        }
        ImportResult result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!advisoryLock(c, deadline)) {
                c.rollback();
                throw busy();
            }
            long record = startRecord(kind, fileName, mode, user);
            try (InputStream raw = tracked == null ? Files.newInputStream(file)
                    : tracked.counting(Files.newInputStream(file));
                    InputStream in = mapping == null ? raw : mapped(raw, mapping, options)) {
                if (tracked != null && tracked.cancelled()) {
                    throw new ImportProgress.Cancelled(0);
                }
                result = CsvImporter.run(in, kind, mapping == null ? options : utf8(options), c, progress, record);
                if (result.written()) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (ImportProgress.Cancelled e) {
                c.rollback();
                long rows = e.rows();
                finishRecord(record, null, "cancelled", ImportTexts.of(Language.EN).import_cancelled(rows), sha256(file));
                throw e;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                String message = e instanceof UnsupportedFileException ? e.getMessage()
                        : ImportTexts.of(Language.EN).import_failed();
                LOG.warnf(e, "Import %d of %s failed", record, kind.id());
                finishRecord(record, null, "failed", message, sha256(file));
                throw e;
            }
            finishRecord(record, result, result.written() ? "succeeded" : "rejected", null, sha256(file));
            count(kind, result);
        } finally {
            importLock.unlock();
        }
        if (result.written() && result.created() + result.updated() > 0) {
            changed.fire(new DataChanged("import " + kind.id(), kind == ImportKind.ACCOUNTS));
        }
        return result;
    }

    /**
     * Undoes an import (see {@link ImportUndo}): the rows it created are removed and the rows it
     * updated get their earlier values back, in one transaction under the import lock. The import
     * is then "undone" in the history, the audit log says who undid it, and the caches rebuild.
     *
     * @throws ImportUndo.UndoRefused when it cannot be undone (nothing is changed)
     * @throws BusyException when an import or another undo holds the lock too long
     */
    public ImportUndo.Outcome undo(long id, String user, String address) throws SQLException {
        long deadline = System.nanoTime() + config.importWait().toNanos();
        boolean locked;
        try {
            locked = importLock.tryLock(config.importWait().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw busy();
        }
        ImportUndo.Outcome outcome;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!advisoryLock(c, deadline)) {
                c.rollback();
                throw busy();
            }
            try {
                outcome = ImportUndo.run(c, id);
                try (PreparedStatement ps = c.prepareStatement(
                        "update import_record set status = 'undone', undone_by = ?, undone_at = ? where id = ?")) {
                    ps.setString(1, user);
                    ps.setObject(2, Instant.now().atOffset(java.time.ZoneOffset.UTC));
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } finally {
            importLock.unlock();
        }
        LOG.infof("Import %d of %s undone by %s: %d rows removed, %d restored", id, outcome.kind().id(), user,
                outcome.removed(), outcome.restored());
        audit.record(user, io.accountable.security.AuditLog.IMPORT_UNDONE, "import " + id, address,
                outcome.kind().id() + ": " + outcome.removed() + " removed, " + outcome.restored() + " restored");
        changed.fire(new DataChanged("undo of import " + id + " (" + outcome.kind().id() + ")",
                outcome.kind() == ImportKind.ACCOUNTS));
        return outcome;
    }

    /**
     * The imports that can be undone now: for each kind, the latest that wrote rows, when what it
     * changed was recorded. (An undo still checks that no later import changed the same rows.)
     */
    public java.util.Set<Long> undoable() throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select r.id from import_record r where r.status = 'succeeded' and r.created_count + r.updated_count > 0 "
                        + "and not exists (select 1 from import_record l where l.kind = r.kind and l.id > r.id "
                        + "and l.status = 'succeeded' and l.created_count + l.updated_count > 0) "
                        + "and (select count(*) from import_change c where c.import_id = r.id) "
                        + "= r.created_count + r.updated_count");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * Records an import refused before any row was read (a content type that is not CSV): who,
     * when, kind, file name, SHA-256 of what was sent, status "refused" and why.
     */
    public void recordRefused(ImportKind kind, String fileName, ImportMode mode, String user, Path file,
            String message) throws IOException, SQLException {
        long record = startRecord(kind, fileName, mode, user);
        finishRecord(record, null, "refused", message, file == null ? null : sha256(file));
    }

    /**
     * Records a file whose preview was cancelled before it was imported: status "cancelled", the
     * rows read until then in the message, nothing written.
     */
    void recordCancelled(ImportKind kind, String fileName, ImportMode mode, String user, Path file, long rows)
            throws IOException, SQLException {
        long record = startRecord(kind, fileName, mode, user);
        finishRecord(record, null, "cancelled", ImportTexts.of(Language.EN).validation_cancelled(rows), sha256(file));
    }

    private BusyException busy() {
        long seconds = config.importWait().toSeconds();
        return new BusyException(l -> ImportTexts.of(l).busy(seconds));
    }

    /** On PostgreSQL, the lock every instance takes for an import, until the transaction ends. */
    private static boolean advisoryLock(Connection c, long deadline) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, ADVISORY_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** The SHA-256 of the whole file, whatever part of it the import read. */
    static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void checkSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size > config.importMaxBytes()) {
            long limit = config.importMaxBytes();
            throw new TooLargeException(l -> ImportTexts.of(l).file_too_large(size, limit, limit / (1024 * 1024)));
        }
    }

    ImportOptions options(ImportMode mode, Charset charset) {
        Settings s = settings.current();
        return new ImportOptions(mode, charset, s.currency(), s.zone(), ImportOptions.DEFAULT_MAX_FIELD_LENGTH,
                io.accountable.PlausibleRange.of(config.plausible().earliest(), config.plausible().ahead(),
                        java.time.LocalDate.now(s.zone())));
    }

    private long startRecord(ImportKind kind, String fileName, ImportMode mode, String user) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into import_record (kind, file_name, username, mode, status, started_at) values (?, ?, ?, ?, "
                        + "'running', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.id());
            ps.setString(2, fileName == null ? null : fileName.substring(0, Math.min(300, fileName.length())));
            ps.setString(3, user);
            ps.setString(4, mode.id());
            ps.setObject(5, Instant.now().atOffset(java.time.ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void finishRecord(long id, ImportResult r, String status, String message, String sha256)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update import_record set status = ?, finished_at = ?, sha256 = ?, read_count = ?, created_count = ?, "
                        + "updated_count = ?, unchanged_count = ?, rejected_count = ?, message = ? where id = ?")) {
            ps.setString(1, status);
            ps.setObject(2, Instant.now().atOffset(java.time.ZoneOffset.UTC));
            ps.setString(3, sha256);
            ps.setLong(4, r == null ? 0 : r.read());
            ps.setLong(5, r == null || !r.written() ? 0 : r.created());
            ps.setLong(6, r == null || !r.written() ? 0 : r.updated());
            // nothing written: every valid row is unchanged, so the counts reconcile
            ps.setLong(7, r == null ? 0 : r.written() ? r.unchanged() : r.valid());
            ps.setLong(8, r == null ? 0 : r.rejected());
            ps.setString(9, message == null ? null : message.substring(0, Math.min(2000, message.length())));
            ps.setLong(10, id);
            ps.executeUpdate();
        }
    }
}
