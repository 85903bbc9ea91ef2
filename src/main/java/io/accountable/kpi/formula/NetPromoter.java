package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/** NPS month by month: {@code 100 * (promoters - detractors) / responses}; blank for a month without answers. */
public final class NetPromoter {

    private NetPromoter() {
    }

    public record Month(String month, int responses, int promoters, int detractors, Double nps) {
    }

    public static Map<String, Month> monthly(Facts f, boolean[] inScope, long start, long end, ZoneId zone) {
        Map<String, int[]> counts = new TreeMap<>();
        YearMonth first = YearMonth.from(Instant.ofEpochMilli(start).atZone(zone));
        YearMonth last = YearMonth.from(Instant.ofEpochMilli(end - 1).atZone(zone));
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m.toString(), new int[3]);
        }
        for (int n = 0; n < f.npsScore.length; n++) {
            long at = f.npsRespondedAt[n];
            if (!inScope[f.npsAccount[n]] || at < start || at >= end) {
                continue;
            }
            int[] c = counts.get(YearMonth.from(Instant.ofEpochMilli(at).atZone(zone)).toString());
            c[0]++;
            if (f.npsScore[n] >= 9) {
                c[1]++;
            } else if (f.npsScore[n] <= 6) {
                c[2]++;
            }
        }
        Map<String, Month> months = new TreeMap<>();
        counts.forEach((m, c) -> months.put(m, new Month(m, c[0], c[1], c[2],
                c[0] == 0 ? null : 100.0 * (c[1] - c[2]) / c[0])));
        return months;
    }
}
