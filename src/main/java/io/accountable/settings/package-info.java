/** Analyst-editable settings (currency, time zone, margins, weights, defaults), stored as versions. */
package io.accountable.settings;
