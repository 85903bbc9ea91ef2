package io.accountable.ingest;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The bytes of an import file made into CSV records: the encoding checked on the first KBs
 * (binary data and invalid UTF-8 are refused before anything is parsed), a UTF-8 BOM skipped,
 * the delimiter detected on the header line.
 */
final class CsvInput {

    /** How much of the file is looked at before parsing: enough for any header line. */
    static final int SAMPLE_BYTES = 8192;

    private final LimitedReader reader;
    private final Charset charset;
    private final char delimiter;
    private final boolean empty;

    private CsvInput(LimitedReader reader, Charset charset, char delimiter, boolean empty) {
        this.reader = reader;
        this.charset = charset;
        this.delimiter = delimiter;
        this.empty = empty;
    }

    /**
     * @param charset the charset the user gave, or null for UTF-8
     * @param recordLimit the most characters one record may take (see {@link LimitedReader})
     * @throws UnsupportedFileException when the file is binary or not valid UTF-8
     */
    static CsvInput open(InputStream raw, Charset charset, long recordLimit) {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        boolean utf8 = cs.equals(StandardCharsets.UTF_8);
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(SAMPLE_BYTES + 1);
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            in.reset();
            int bom = utf8 && sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                    && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
            if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
                for (byte b : sample) {
                    if (b == 0) {
                        throw new UnsupportedFileException(l -> ImportTexts.of(l).binary_file());
                    }
                }
            }
            if (utf8) {
                int bad = firstInvalidUtf8(sample, bom);
                if (bad >= 0) {
                    String hex = Integer.toHexString(sample[bad] & 0xFF).toUpperCase();
                    long position = bad;
                    throw new UnsupportedFileException(l -> ImportTexts.of(l).not_utf8_at(hex, position));
                }
            }
            in.skipNBytes(bom);
            // UTF-8 is checked all the way through (a bad byte later on is refused, not replaced
            // with '?'); a charset the user chose is trusted and undefined bytes become U+FFFD.
            CodingErrorAction onError = utf8 ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            CharsetDecoder decoder = cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
            LimitedReader reader = new LimitedReader(new InputStreamReader(in, decoder), recordLimit);
            String head = new String(sample, bom, sample.length - bom, cs);
            char delimiter = detectDelimiter(head);
            reader.delimiter = delimiter;
            return new CsvInput(reader, cs, delimiter, sample.length == bom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No bytes at all (or only a BOM). */
    boolean isEmpty() {
        return empty;
    }

    String encoding() {
        return charset.name();
    }

    char delimiter() {
        return delimiter;
    }

    /** As the Preview names it: {@code ","}, {@code ";"} or {@code "tab"}. */
    String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** RFC 4180 with the detected delimiter; empty lines are skipped. The header is the first record. */
    CSVParser parser() {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try {
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row-length guard follows rows itself (line ends outside quotes); kept for the callers. */
    void recordRead() {
        // nothing: see LimitedReader
    }

    /**
     * The most frequent of {@code ,} {@code ;} and tab outside quotes on the first non-empty line;
     * a comma when there is a tie or none (a one-column file).
     */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The index of the first byte that is not UTF-8, or -1. A character cut by the end of the
     * sample is fine: the rest of it is in the next bytes.
     */
    static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, false);
        return result.isError() ? in.position() : -1;
    }

    /**
     * Marks the place where an over-long unquoted row was cut: the rest of the row up to its line
     * end is skipped and this text takes its place, so the parser sees a short record and the
     * importer rejects that row alone. Private-use characters: no real value holds them.
     */
    static final String CUT = "\uE000row-cut\uE000";

    /**
     * Counts the characters of the current row, following RFC 4180 quotes (a quote opens a quoted
     * value only at the start of a value; a doubled quote inside one is a quote). A row longer than
     * the limit is either a quote left open, which would make the parser read the rest of the file
     * into one value (refused with {@link RowTooLongException} instead of filling the heap), or an
     * unquoted row with a huge value: that row is cut at the limit, its rest skipped up to the line
     * end, and {@link #CUT} put in its place, so only that row is rejected.
     */
    private static final class LimitedReader extends FilterReader {
        private final long limit;
        private long count;
        char delimiter = ',';
        private boolean inQuote;
        private boolean quoteSeen;
        private boolean fieldStart = true;
        private boolean skipping;
        /** Processed characters waiting to be handed out (the cut mark and what followed it). */
        private final StringBuilder ready = new StringBuilder();
        /** Characters read but not yet processed (after a cut). */
        private final StringBuilder raw = new StringBuilder();

        LimitedReader(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                if (!ready.isEmpty()) {
                    int n = Math.min(length, ready.length());
                    ready.getChars(0, n, buffer, offset);
                    ready.delete(0, n);
                    return n;
                }
                int n;
                if (!raw.isEmpty()) {
                    n = Math.min(length, raw.length());
                    raw.getChars(0, n, buffer, offset);
                    raw.delete(0, n);
                } else {
                    n = super.read(buffer, offset, length);
                    if (n <= 0) {
                        return n;
                    }
                }
                int written = process(buffer, offset, n);
                if (written > 0) {
                    return written;
                }
            }
        }

        /** Runs the row state over the chars in place; answers how many are handed out. */
        private int process(char[] buffer, int offset, int n) throws IOException {
            int w = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (skipping) {
                    if (c == '\n') {
                        skipping = false;
                        startRow();
                        ready.append(CUT).append('\n');
                        raw.insert(0, buffer, i + 1, offset + n - i - 1);
                        return w - offset;
                    }
                    continue;
                }
                if (inQuote) {
                    if (quoteSeen) {
                        quoteSeen = false;
                        if (c != '"') {
                            inQuote = false; // the quote closed the value; c is read as unquoted below
                        }
                    } else if (c == '"') {
                        quoteSeen = true;
                    }
                }
                if (!inQuote) {
                    if (c == '"' && fieldStart) {
                        inQuote = true;
                        quoteSeen = false;
                    } else if (c == '\n') {
                        buffer[w++] = c;
                        startRow();
                        continue;
                    }
                    fieldStart = c == delimiter || c == '\r';
                }
                if (++count > limit) {
                    if (inQuote) {
                        throw new RowTooLongException(limit);
                    }
                    skipping = true;
                    continue;
                }
                buffer[w++] = c;
            }
            return w - offset;
        }

        private void startRow() {
            count = 0;
            fieldStart = true;
            inQuote = false;
            quoteSeen = false;
        }
    }

    /** Thrown through the CSV parser when one record exceeds the limit. */
    static final class RowTooLongException extends IOException {
        /** The most characters a row may take. */
        final long limit;

        RowTooLongException(long limit) {
            super("A row is longer than " + limit + " characters: a quote is probably left open (a value that "
                    + "starts with \" must end with \").");
            this.limit = limit;
        }
    }
}
