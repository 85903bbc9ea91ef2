package io.accountable.account;

import io.accountable.attribution.AttributionService;
import io.accountable.attribution.engine.View;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.formula.Engagement;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.web.TextNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One account's whole story: figures, buying committee, touches, deals and how each was attributed. */
@ApplicationScoped
public class AccountService {

    private static final List<String> COMMITTEE = List.of("decision_maker", "champion", "influencer", "user", "blocker");

    @Inject
    FactStore store;
    @Inject
    SettingsService settings;
    @Inject
    AttributionService attribution;

    /** The account; a deal whose attribution cannot be explained gets a note in {@code language}. */
    @Transactional
    public AccountDetail detail(String externalId, DashboardFilter filter, String channel, String type,
            io.accountable.i18n.Language language) {
        Facts f = store.facts();
        Integer index = f.accountIndexByExternalId(externalId);
        Account account = Account.findByExternalId(externalId);
        if (index == null || account == null) {
            throw new TextNotFoundException(ErrorMsgs.text(m -> m.no_account(externalId)));
        }
        int a = index;
        Settings s = settings.current();
        ZoneId zone = s.zone();
        double[] weights = new double[f.types.size()];
        for (int t = 0; t < weights.length; t++) {
            weights[t] = s.touchTypeWeights().getOrDefault(f.types.value(t), 0.0);
        }
        long end = filter.endExclusive(zone).toEpochMilli();
        double score = Engagement.score(f, a, end - 1, weights, s.engagementHalfLifeDays());
        ZonedDateTime at = Instant.ofEpochMilli(end - 1).atZone(zone);
        double[] trend = Engagement.trend(f, a, at, 12, weights, s.engagementHalfLifeDays());
        List<Double> trendList = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int m = 0; m < trend.length; m++) {
            trendList.add(Math.round(trend[m] * 10) / 10.0);
            months.add(at.minusMonths(trend.length - 1 - m).toLocalDate().toString().substring(0, 7));
        }

        // Contacts, with their touches in the period.
        Map<Long, Integer> touchesByContact = new HashMap<>();
        Map<Long, Long> lastByContact = new HashMap<>();
        long start = filter.start(zone).toEpochMilli();
        for (int t = f.touchStart[a]; t < f.touchStart[a + 1]; t++) {
            int c = f.touchContact[t];
            if (c >= 0 && f.touchTime[t] < end) {
                lastByContact.merge(f.contactId[c], f.touchTime[t], Math::max);
                if (f.touchTime[t] >= start) {
                    touchesByContact.merge(f.contactId[c], 1, Integer::sum);
                }
            }
        }
        List<AccountDetail.ContactLine> contacts = new ArrayList<>();
        TreeSet<String> covered = new TreeSet<>();
        for (Contact c : Contact.<Contact>list("account = ?1 order by name", account)) {
            int touches = touchesByContact.getOrDefault(c.id, 0);
            if (touches > 0 && c.role != null) {
                covered.add(c.role);
            }
            Long last = lastByContact.get(c.id);
            contacts.add(new AccountDetail.ContactLine(c.externalId, c.name, c.title, c.role, touches > 0,
                    last == null ? null : date(last, zone), touches));
        }
        List<String> missing = COMMITTEE.stream().filter(r -> !covered.contains(r)).toList();

        // Touch timeline, newest month first.
        Map<Long, String> contactNames = new HashMap<>();
        for (Contact c : Contact.<Contact>list("account", account)) {
            contactNames.put(c.id, c.name);
        }
        LinkedHashMap<String, List<AccountDetail.TouchLine>> byMonth = new LinkedHashMap<>();
        TreeSet<String> channels = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        String[] touchIds = store.touchExternalIds(f, a);
        for (int t = f.touchStart[a + 1] - 1; t >= f.touchStart[a]; t--) {
            String ch = f.channels.value(f.touchChannel[t]);
            String ty = f.types.value(f.touchType[t]);
            channels.add(ch);
            types.add(ty);
            if (channel != null && !channel.equals(ch) || type != null && !type.equals(ty)) {
                continue;
            }
            String day = date(f.touchTime[t], zone);
            int campaign = f.touchCampaign[t];
            int contact = f.touchContact[t];
            byMonth.computeIfAbsent(day.substring(0, 7), k -> new ArrayList<>()).add(new AccountDetail.TouchLine(
                    touchIds[t - f.touchStart[a]], day, ch, ty, campaign < 0 ? null : f.campaignName[campaign],
                    contact < 0 ? null : contactNames.get(f.contactId[contact])));
        }
        List<AccountDetail.TouchMonth> timeline = new ArrayList<>();
        byMonth.forEach((month, lines) -> timeline.add(new AccountDetail.TouchMonth(month, lines)));

        // Opportunities with stage history and attribution.
        List<AccountDetail.OpportunityLine> opps = new ArrayList<>();
        double won = 0;
        double open = 0;
        double annualSum = 0;
        int wonCount = 0;
        for (Object[] o : Account.getEntityManager().createQuery(
                "select o.externalId, o.name, o.type from Opportunity o where o.account = ?1", Object[].class)
                .setParameter(1, account).getResultList()) {
            Integer oi = f.opportunityIndexByExternalId((String) o[0]);
            if (oi == null) {
                continue;
            }
            int idx = oi;
            List<AccountDetail.StageLine> stages = new ArrayList<>();
            for (int i = 0; i < f.stageOpportunity.length; i++) {
                if (f.stageOpportunity[i] == idx) {
                    long next = i + 1 < f.stageOpportunity.length && f.stageOpportunity[i + 1] == idx
                            ? f.stageEnteredAt[i + 1] : f.opportunityClosedAt[idx];
                    stages.add(new AccountDetail.StageLine(f.stages.value(f.stageName[i]),
                            date(f.stageEnteredAt[i], zone),
                            next == Facts.NONE ? null : (next - f.stageEnteredAt[i]) / 86_400_000.0));
                }
            }
            byte status = f.opportunityStatus[idx];
            double amount = f.opportunityAmount[idx];
            if (status == Facts.WON) {
                won += amount;
                int monthsOfContract = f.opportunityContractMonths[idx] > 0 ? f.opportunityContractMonths[idx] : 12;
                annualSum += (amount - f.opportunityOneTimeFees[idx]) / (monthsOfContract / 12.0);
                wonCount++;
            } else if (status == Facts.OPEN) {
                open += amount;
            }
            // A won deal is explained as revenue; any other deal as pipeline (its creation converts).
            DashboardFilter view = filter.withAllAccounts().withView(status == Facts.WON ? View.REVENUE : View.PIPELINE);
            AttributionService.Explanation explanation = null;
            String note = null;
            try {
                explanation = attribution.explain((String) o[0], view, false);
            } catch (BadRequestException e) {
                note = e.text().in(language);
            }
            long closed = f.opportunityClosedAt[idx];
            opps.add(new AccountDetail.OpportunityLine((String) o[0], (String) o[1], (String) o[2],
                    status == Facts.WON ? "won" : status == Facts.LOST ? "lost" : "open", amount,
                    date(f.opportunityCreatedAt[idx], zone), closed == Facts.NONE ? null : date(closed, zone), stages,
                    explanation, note));
        }
        opps.sort((x, y) -> y.created().compareTo(x.created()));
        Double acv = wonCount == 0 ? null : annualSum / wonCount;
        Double clv = acv == null || s.annualChurnRate() == 0 ? null : acv * s.grossMargin() / s.annualChurnRate();

        List<AccountDetail.NpsLine> nps = new ArrayList<>();
        double npsSum = 0;
        for (NpsResponse r : NpsResponse.<NpsResponse>list("account = ?1 order by respondedAt desc", account)) {
            if (r.respondedAt == null || !Facts.representable(r.respondedAt.getEpochSecond())) {
                continue; // left out of the facts too (outside the years 1 to 9999); the admin is warned
            }
            nps.add(new AccountDetail.NpsLine(date(r.respondedAt.toEpochMilli(), zone), r.score,
                    r.score >= 9 ? "promoter" : r.score <= 6 ? "detractor" : "passive", r.comment));
            npsSum += r.score;
        }
        return new AccountDetail(account.externalId, account.name, account.domain, account.industry, account.segment,
                account.region, account.tier, account.target, won, open, acv, clv, score,
                Engagement.Tier.of(score).id(), trendList, months, nps.isEmpty() ? null : npsSum / nps.size(),
                contacts, List.copyOf(covered), missing, timeline, List.copyOf(channels), List.copyOf(types), opps,
                nps);
    }

    private static String date(long millis, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone).toString();
    }
}
