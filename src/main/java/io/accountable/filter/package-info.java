/**
 * The ground floor of every number: the dashboard filter, parsed once from the query string
 * ({@link io.accountable.filter.FilterParams}), typed ({@link io.accountable.filter.DashboardFilter}),
 * written back by one method ({@code queryString()}), and its account criteria as removable
 * chips ({@link io.accountable.filter.FilterChips}). Everything downstream (facts, engine,
 * formulas, cards, pages, PDFs, CSV and JSON) takes a filter from here.
 */
package io.accountable.filter;
