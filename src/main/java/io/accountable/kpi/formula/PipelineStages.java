package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Days per pipeline stage (metrics.md, "Pipeline stages"), for opportunities with any stage
 * entered in the period. A stage lasts until the opportunity enters its next stage, or
 * closes; a stage still open at the end of the period is counted apart ({@code open}) and
 * kept out of the median and mean. Conversion to the next stage is the share of the
 * opportunities that entered a stage and later entered the stage that follows it in the
 * pipeline order (the order stages are first seen in the data). The bottleneck is the
 * stage with the longest median among stages with at least 5 completed opportunities.
 */
public final class PipelineStages {

    private static final double DAY_MS = 86_400_000.0;
    public static final int BOTTLENECK_MINIMUM = 5;

    private PipelineStages() {
    }

    public record Stage(String name, int entries, int completed, int open, Double medianDays, Double meanDays,
            Double conversionToNext, boolean bottleneck) {
    }

    public static List<Stage> compute(Facts f, boolean[] inScope, long start, long end) {
        int stageCount = f.stages.size();
        // Pipeline order: the median position at which each stage appears in histories.
        double[] positionSum = new double[stageCount];
        int[] positionCount = new int[stageCount];
        boolean[] selected = new boolean[f.opportunityCount];
        int n = f.stageOpportunity.length;
        for (int i = 0; i < n; i++) {
            int o = f.stageOpportunity[i];
            if (inScope[f.opportunityAccount[o]] && f.stageEnteredAt[i] >= start && f.stageEnteredAt[i] < end) {
                selected[o] = true;
            }
        }
        List<List<Double>> durations = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            durations.add(new ArrayList<>());
        }
        int[] entries = new int[stageCount];
        int[] open = new int[stageCount];
        int[] advanced = new int[stageCount];
        int i = 0;
        while (i < n) {
            int o = f.stageOpportunity[i];
            int j = i;
            while (j < n && f.stageOpportunity[j] == o) {
                j++;
            }
            if (selected[o]) {
                for (int k = i; k < j; k++) {
                    int stage = f.stageName[k];
                    positionSum[stage] += k - i;
                    positionCount[stage]++;
                    entries[stage]++;
                    long until = k + 1 < j ? f.stageEnteredAt[k + 1] : f.opportunityClosedAt[o];
                    if (k + 1 < j) {
                        advanced[stage]++;
                    }
                    if (until == Facts.NONE || until >= end) {
                        open[stage]++;
                    } else {
                        durations.get(stage).add((until - f.stageEnteredAt[k]) / DAY_MS);
                    }
                }
            }
            i = j;
        }
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            if (entries[s] > 0) {
                order.add(s);
            }
        }
        order.sort((a, b) -> Double.compare(positionSum[a] / positionCount[a], positionSum[b] / positionCount[b]));
        Map<Integer, Double> medians = new LinkedHashMap<>();
        int bottleneck = -1;
        for (int s : order) {
            double[] values = durations.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            Double median = Stats.median(values, values.length);
            medians.put(s, median);
            if (values.length >= BOTTLENECK_MINIMUM && median != null
                    && (bottleneck < 0 || median > medians.get(bottleneck))) {
                bottleneck = s;
            }
        }
        List<Stage> result = new ArrayList<>();
        for (int idx = 0; idx < order.size(); idx++) {
            int s = order.get(idx);
            double[] values = durations.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            Double conversion = idx + 1 < order.size() ? Stats.ratio(advanced[s], entries[s]) : null;
            result.add(new Stage(f.stages.value(s), entries[s], values.length, open[s], medians.get(s),
                    Stats.mean(values, values.length), conversion, s == bottleneck));
        }
        return result;
    }
}
