/** Opportunities (the conversions) and the history of the pipeline stages they went through. */
package io.accountable.opportunity;
