/**
 * Data in and out: CSV import with row-level answers, upserts by (kind, id) and one
 * transaction per file; CSV export in the same format; the import history.
 *
 * <p>The import core is plain JDBC and Apache Commons CSV, free of Quarkus, so it runs (and is
 * tested) on any {@link java.sql.Connection}: {@link io.accountable.ingest.CsvImporter} reads a
 * file of one {@link io.accountable.ingest.ImportKind} as data-and-api.md describes it
 * (encoding, delimiter, header names, types, references), validates every row, and upserts the
 * valid ones in chunks with JDBC batches; {@link io.accountable.ingest.CsvImporter#preview}
 * answers the same without writing. The caller owns the transaction: it commits when
 * {@link io.accountable.ingest.ImportResult#written()} is true and rolls back otherwise. A
 * binary or wrongly encoded file is an {@link io.accountable.ingest.UnsupportedFileException}
 * (HTTP 415).
 */
package io.accountable.ingest;
