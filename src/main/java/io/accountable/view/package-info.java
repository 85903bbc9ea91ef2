/**
 * Saved views: a named dashboard filter (its query string), the owner's own or shared with the
 * team, opened by a short link {@code /v/{slug}}; and each user's default view, applied when
 * {@code /} is opened without parameters (docs/saved-views-and-schedules.md).
 */
package io.accountable.view;
