/**
 * The dashboard's cards as data: each number of the page with one home, answered as JSON
 * ({@code /api/cards}) and CSV ({@code /cards/{id}.csv}) from the same services as the page.
 */
package io.accountable.dashboard.card;
