/**
 * The demo company: a deterministic generator of two years of accounts, journeys, deals and
 * costs, loaded into an empty database at start and downloadable as import CSV files.
 */
package io.accountable.demo;
