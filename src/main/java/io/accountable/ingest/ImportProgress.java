package io.accountable.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a pass over a stored file has come (bytes and rows read), and the flag that cancels
 * it: the pass asks at every {@value CsvImporter#CHUNK} rows and stops with
 * {@link Cancelled}, which the import answers with a rollback.
 */
public final class ImportProgress {

    /** Thrown inside a pass whose progress was cancelled: the caller rolls back and writes nothing. */
    public static final class Cancelled extends RuntimeException {
        private final long rows;

        Cancelled(long rows) {
            super("cancelled after " + rows + " rows", null, false, false);
            this.rows = rows;
        }

        /** The rows read when the pass stopped. */
        public long rows() {
            return rows;
        }
    }

    private final long totalBytes;
    /** The rows the file holds when a check counted them (an import), else 0. */
    private final long totalRows;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean cancelled;

    public ImportProgress(long totalBytes) {
        this(totalBytes, 0);
    }

    public ImportProgress(long totalBytes, long totalRows) {
        this.totalBytes = totalBytes;
        this.totalRows = totalRows;
    }

    public long totalRows() {
        return totalRows;
    }

    public long rows() {
        return rows.get();
    }

    public long bytes() {
        return Math.min(bytes.get(), totalBytes);
    }

    public long totalBytes() {
        return totalBytes;
    }

    /** The share of the file's bytes read, 0 to 100 (a pass that ended says 100 itself). */
    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytes() * 100 / totalBytes);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Told the rows read so far by the pass; stops it when cancelled. */
    void rows(long read) {
        rows.set(read);
        if (cancelled) {
            throw new Cancelled(read);
        }
    }

    /** The pass read the whole file: {@code read} rows, 100 %. */
    void finished(long read) {
        rows.set(read);
        bytes.set(totalBytes);
    }

    /** The file's stream, counting the bytes read from it. */
    InputStream counting(InputStream in) {
        bytes.set(0);
        rows.set(0);
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
    }
}
