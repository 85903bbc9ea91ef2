/**
 * Languages: English, Russian and Romanian. The choice (stored per user, else the browser's
 * Accept-Language, else English), the message bundle of every visible string, the label
 * catalogue of data values, and numbers, money, dates and plurals written the way the
 * language writes them.
 */
package io.accountable.i18n;
