/**
 * Data in and out: CSV import with row-level answers, upserts by (kind, id) and one
 * transaction per file; CSV export in the same format; the import history.
 */
package io.accountable.ingest;
