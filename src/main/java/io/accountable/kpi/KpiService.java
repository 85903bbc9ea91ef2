package io.accountable.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The executive KPIs of metrics.md for a filter, with the previous period and the delta. */
@ApplicationScoped
public class KpiService {

    public List<DashboardView.TileGroup> tiles(DashboardFilter filter, String currency) {
        return List.of();
    }

    public List<DashboardView.ChartPanel> panels(DashboardFilter filter, String currency) {
        return List.of();
    }
}
