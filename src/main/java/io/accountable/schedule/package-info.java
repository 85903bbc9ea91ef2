/**
 * Reports that arrive: the executive PDF of a saved view mailed weekly or monthly to a list of
 * addresses, through the SMTP server an admin sets on {@code /settings/mail} (kept in the
 * database, read at every send); a job every minute sends what is due, claimed so that one
 * instance only sends it; every attempt is logged (docs/saved-views-and-schedules.md).
 */
package io.accountable.schedule;
