package io.accountable.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One frozen dashboard: what it was asked ({@code query}, resolved to {@code from}..{@code to}),
 * under which data and settings versions, by whom and when, and its figures: every KPI value
 * ({@code kpis}) and the credit per channel under the filter's model ({@code channels}). The PDF
 * is stored beside it and served as it was rendered.
 */
public record Snapshot(long id, Instant createdAt, String createdBy, String title, String query, LocalDate from,
        LocalDate to, long dataVersion, long settingsVersion, String model, String view, Map<String, Double> kpis,
        Map<String, Double> channels, String pdfUrl) {
}
