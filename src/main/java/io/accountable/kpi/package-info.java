/** The executive dashboard: the one filter, the KPI service and API, tiles, charts and their tables. */
package io.accountable.kpi;
