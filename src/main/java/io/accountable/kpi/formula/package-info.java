/**
 * The KPI formulas of metrics.md: pure Java over the {@link io.accountable.facts.Facts}
 * arrays, no framework imports. Blank (null) means "no data", never 0.
 */
package io.accountable.kpi.formula;
