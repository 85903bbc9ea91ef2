package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The content assets of the period: the campaigns whose touches are content consumed, that is
 * of the types {@code content_download}, {@code webinar_registered} or {@code webinar_attended}
 * ({@link #CONTENT_TYPES}). Per asset: its downloads and webinar touches in {@code [start, end)}
 * by accounts in scope, the accounts that made them, and the pipeline it influenced: the
 * amounts of the opportunities created in the period (accounts in scope) whose account had a
 * content touch of that asset at or before the creation, within the lookback (all history when
 * the lookback is null), as {@code influenced_pipeline} reads the window.
 *
 * <p>One opportunity influenced by two assets counts for both: the per-asset pipeline does not
 * add up, and the total counts each opportunity once. Content touches without a campaign
 * belong to no asset and are left out.
 */
public final class ContentAssets {

    private ContentAssets() {
    }

    public static final List<String> CONTENT_TYPES = List.of("content_download", "webinar_registered",
            "webinar_attended");

    public record Asset(String key, String name, String channel, long downloads, long webinarTouches, int accounts,
            int influencedOpportunities, double influencedPipeline) {
    }

    /**
     * @param assets                  the campaigns with a content touch in the period or influenced
     *                                pipeline, most influenced pipeline first, then most downloads
     * @param influencedOpportunities opportunities created in the period with any asset's touch in
     *                                their window, each once
     * @param influencedPipeline      their amounts, each once
     */
    public record Result(List<Asset> assets, long downloads, long webinarTouches, int influencedOpportunities,
            double influencedPipeline) {
    }

    public static Result compute(Facts f, boolean[] inScope, long start, long end, Integer lookbackDays) {
        boolean[] content = new boolean[f.types.size()];
        for (String type : CONTENT_TYPES) {
            Integer code = f.types.find(type);
            if (code != null) {
                content[code] = true;
            }
        }
        Integer download = f.types.find("content_download");
        int campaigns = f.campaignId.length;
        long[] downloads = new long[campaigns];
        long[] webinar = new long[campaigns];
        int[] accounts = new int[campaigns];
        int[] lastAccount = new int[campaigns];
        java.util.Arrays.fill(lastAccount, -1);
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a]) {
                continue;
            }
            int hi = f.touchesEndAtOrBefore(a, end - 1);
            int lo = f.firstTouchAtOrAfter(a, start, hi);
            for (int t = lo; t < hi; t++) {
                int c = f.touchCampaign[t];
                if (c < 0 || !content[f.touchType[t]]) {
                    continue;
                }
                if (download != null && f.touchType[t] == download) {
                    downloads[c]++;
                } else {
                    webinar[c]++;
                }
                if (lastAccount[c] != a) {
                    lastAccount[c] = a;
                    accounts[c]++;
                }
            }
        }
        double[] pipeline = new double[campaigns];
        int[] opportunities = new int[campaigns];
        int[] lastOpportunity = new int[campaigns];
        java.util.Arrays.fill(lastOpportunity, -1);
        long lookbackMs = lookbackDays == null ? -1 : lookbackDays * 86_400_000L;
        int influenced = 0;
        double influencedPipeline = 0;
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            long created = f.opportunityCreatedAt[o];
            if (!inScope[a] || created < start || created >= end) {
                continue;
            }
            int lo = lookbackMs < 0 ? f.touchStart[a] : f.firstTouchAtOrAfter(a, created - lookbackMs);
            int hi = f.touchesEndAtOrBefore(a, created);
            boolean any = false;
            for (int t = lo; t < hi; t++) {
                int c = f.touchCampaign[t];
                if (c < 0 || !content[f.touchType[t]] || lastOpportunity[c] == o) {
                    continue;
                }
                lastOpportunity[c] = o;
                opportunities[c]++;
                pipeline[c] += f.opportunityAmount[o];
                any = true;
            }
            if (any) {
                influenced++;
                influencedPipeline += f.opportunityAmount[o];
            }
        }
        List<Asset> assets = new ArrayList<>();
        long allDownloads = 0;
        long allWebinar = 0;
        for (int c = 0; c < campaigns; c++) {
            if (downloads[c] + webinar[c] > 0 || opportunities[c] > 0) {
                assets.add(new Asset(f.campaignExternalId[c], f.campaignName[c], f.channels.value(f.campaignChannel[c]), downloads[c],
                        webinar[c], accounts[c], opportunities[c], pipeline[c]));
                allDownloads += downloads[c];
                allWebinar += webinar[c];
            }
        }
        assets.sort(Comparator.comparingDouble(Asset::influencedPipeline).reversed()
                .thenComparing(Comparator.comparingLong(Asset::downloads).reversed())
                .thenComparing(Asset::key));
        return new Result(List.copyOf(assets), allDownloads, allWebinar, influenced, influencedPipeline);
    }
}
