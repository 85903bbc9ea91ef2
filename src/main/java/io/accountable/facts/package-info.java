/**
 * The in-memory copy of the data that every number is computed from, rebuilt after imports:
 * compact arrays instead of entity graphs, so any filter is answered without a query per row.
 */
package io.accountable.facts;
