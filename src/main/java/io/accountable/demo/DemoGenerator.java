package io.accountable.demo;

import io.accountable.demo.DemoSink.AccountRow;
import io.accountable.demo.DemoSink.CampaignRow;
import io.accountable.demo.DemoSink.ContactRow;
import io.accountable.demo.DemoSink.CostRow;
import io.accountable.demo.DemoSink.NpsRow;
import io.accountable.demo.DemoSink.OpportunityRow;
import io.accountable.demo.DemoSink.StageChangeRow;
import io.accountable.demo.DemoSink.TouchRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic B2B company over the two years ending on {@code endDate}: the same seed,
 * end date and size give the same records, in the same order. Each account draws from its
 * own random stream, so the data of one account does not depend on how many came before it,
 * and only one account's records are ever held in memory.
 *
 * <p>The story it tells: an account's engagement propensity drives how often it is touched,
 * how many opportunities it opens and how often it wins; journeys start with ads and web
 * visits, move through content, email and webinars, and end with events, calls and meetings
 * near the deal; proposals are the slow stage (the bottleneck the dashboard should find).
 */
public final class DemoGenerator {

    public static final String CURRENCY = "USD";
    static final int DAYS = 730;
    static final String[] STAGES = {"prospecting", "discovery", "solution", "proposal", "negotiation"};
    private static final double[] STAGE_SHARE = {0.10, 0.18, 0.20, 0.37, 0.15};

    private static final String[] CAMPAIGN_CHANNELS = {"paid_social", "display", "paid_search", "webinar",
            "content_syndication", "email", "direct_mail", "event"};
    private static final String[] CAMPAIGN_THEMES = {"ABM Launch", "Data Platform", "Cost of Inaction", "Board Ready",
            "Customer Stories", "Security First", "Scale Up", "Year End"};
    private static final String[] SEGMENTS = {"enterprise", "mid_market", "smb"};
    private static final String[] REGIONS = {"north_america", "emea", "apac", "latam"};
    private static final String[] INDUSTRIES = {"software", "financial_services", "healthcare", "manufacturing",
            "retail", "education", "logistics"};
    private static final String[] ROLES = {"decision_maker", "champion", "influencer", "user", "blocker", "other"};
    private static final String[] TITLES = {"VP Marketing", "CMO", "Head of Demand Generation", "Marketing Ops Manager",
            "CFO", "Head of Sales", "Revenue Operations Lead", "IT Director", "Procurement Manager", "Analyst"};
    private static final String[] NAME_A = {"North", "Blue", "Silver", "Bright", "Iron", "Green", "Clear", "Swift",
            "Red", "Summit", "Harbor", "Atlas", "Nova", "Pine", "Stone", "Cedar", "Lumen", "Vertex", "Orbit", "Delta"};
    private static final String[] NAME_B = {"wind", "river", "peak", "field", "gate", "bridge", "works", "forge",
            "line", "point", "wave", "stack", "path", "light", "scale", "grid"};
    private static final String[] NAME_C = {"Analytics", "Systems", "Health", "Logistics", "Capital", "Labs",
            "Retail", "Foods", "Energy", "Software", "Manufacturing", "Group"};
    private static final String[] FIRST = {"Ava", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ines",
            "Jonas", "Keiko", "Liam", "Maya", "Noah", "Olga", "Priya", "Quentin", "Rosa", "Sam", "Tara"};
    private static final String[] LAST = {"Adams", "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen",
            "Ivanova", "Jensen", "Kim", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Rossi", "Schmidt"};
    private static final String[] NPS_COMMENTS = {"Clear numbers for the board.", "Onboarding took longer than hoped.",
            "Support is quick and friendly.", "We need more integrations.", "Pricing is hard to justify.",
            "Attribution finally adds up.", "", "", ""};

    private final long seed;
    private final LocalDate endDate;
    private final int accounts;
    private final int touchesPerAccount;
    private final Instant start;
    private final Instant end;

    private long contactSeq;
    private long touchSeq;
    private long oppSeq;
    private long npsSeq;

    public DemoGenerator(long seed, LocalDate endDate, int accounts, int touchesPerAccount) {
        this.seed = seed;
        this.endDate = endDate;
        this.accounts = accounts;
        this.touchesPerAccount = touchesPerAccount;
        this.end = endDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        this.start = endDate.minusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** About 300 accounts and 30,000 touches. */
    public static DemoGenerator small(long seed, LocalDate endDate) {
        return new DemoGenerator(seed, endDate, 300, 100);
    }

    /** About 20,000 accounts, 2,000,000 touches and 30,000 opportunities. */
    public static DemoGenerator large(long seed, LocalDate endDate) {
        return new DemoGenerator(seed, endDate, 20_000, 110);
    }

    public void generate(DemoSink sink) {
        contactSeq = touchSeq = oppSeq = npsSeq = 0;
        campaigns(sink);
        costs(sink);
        for (int i = 1; i <= accounts; i++) {
            account(i, new SplittableRandom(seed * 1_000_003L + i), sink);
        }
    }

    // ---- campaigns and costs ------------------------------------------------------------------

    private int quarters() {
        return DAYS / 91 + 1;
    }

    private long campaignId(int channelIndex, int quarter) {
        return (long) channelIndex * quarters() + quarter + 1;
    }

    private LocalDate quarterStart(int quarter) {
        return endDate.minusDays(DAYS).plusDays(91L * quarter);
    }

    private static String campaignExternalId(long id) {
        return String.format("CMP%04d", id);
    }

    private void campaigns(DemoSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < CAMPAIGN_CHANNELS.length; c++) {
            for (int q = 0; q < quarters(); q++) {
                long id = campaignId(c, q);
                LocalDate from = quarterStart(q);
                String theme = CAMPAIGN_THEMES[(c + q) % CAMPAIGN_THEMES.length];
                BigDecimal budget = money(scale() * (8_000 + random.nextInt(30_000)));
                sink.campaign(new CampaignRow(id, campaignExternalId(id),
                        label(CAMPAIGN_CHANNELS[c]) + " - " + theme + " Q" + (q % 4 + 1),
                        CAMPAIGN_CHANNELS[c], theme, from, from.plusDays(90), budget));
            }
        }
    }

    private double scale() {
        return accounts / 300.0;
    }

    private void costs(DemoSink sink) {
        SplittableRandom random = new SplittableRandom(seed + 7);
        long id = 0;
        for (int c = 0; c < CAMPAIGN_CHANNELS.length; c++) {
            String category = switch (CAMPAIGN_CHANNELS[c]) {
                case "webinar", "event" -> "events";
                case "content_syndication", "email", "direct_mail" -> "content";
                default -> "media";
            };
            for (int q = 0; q < quarters(); q++) {
                long campaign = campaignId(c, q);
                for (int m = 0; m < 3; m++) {
                    LocalDate date = quarterStart(q).plusDays(30L * m);
                    if (date.isAfter(endDate)) {
                        continue;
                    }
                    id++;
                    // Campaign costs carry no channel of their own: the campaign's channel counts.
                    sink.cost(new CostRow(id, String.format("COST%06d", id), date,
                            money(scale() * (3_000 + random.nextInt(13_500))), campaign, campaignExternalId(campaign),
                            null, category, "marketing"));
                }
            }
        }
        for (LocalDate month = endDate.minusDays(DAYS).withDayOfMonth(1); !month.isAfter(endDate);
                month = month.plusMonths(1)) {
            Object[][] fixed = {
                    {"tools", "marketing", 28_000}, {"salaries", "marketing", 190_000}, {"salaries", "sales", 260_000},
                    {"overhead", "marketing", 24_000}, {"other", "sales", 19_000}};
            for (Object[] f : fixed) {
                id++;
                String channel = "sales".equals(f[1]) ? "sdr_outreach" : null;
                sink.cost(new CostRow(id, String.format("COST%06d", id), month,
                        money(scale() * ((Integer) f[2]) * (0.9 + random.nextDouble() * 0.2)), null, null, channel,
                        (String) f[0], (String) f[1]));
            }
        }
    }

    // ---- accounts -----------------------------------------------------------------------------

    private record Contact(long id, String externalId, String role, Instant createdAt) {
    }

    private record PlannedTouch(Instant at, String channel, String type, String stage) {
    }

    private void account(int index, SplittableRandom r, DemoSink sink) {
        double engagement = Math.pow(r.nextDouble(), 1.3);
        double t = r.nextDouble();
        String tier = t < 0.05 ? "one_to_one" : t < 0.25 ? "one_to_few" : "one_to_many";
        String segment = switch (tier) {
            case "one_to_one" -> "enterprise";
            case "one_to_few" -> r.nextDouble() < 0.7 ? "enterprise" : "mid_market";
            default -> SEGMENTS[1 + r.nextInt(2)];
        };
        boolean target = !"one_to_many".equals(tier) || r.nextDouble() < 0.55;
        String name = pick(r, NAME_A) + pick(r, NAME_B) + " " + pick(r, NAME_C);
        String externalId = String.format("ACC%05d", index);
        Instant accountCreated = start.minus(r.nextInt(365), ChronoUnit.DAYS);
        int employees = switch (segment) {
            case "enterprise" -> 2_000 + r.nextInt(40_000);
            case "mid_market" -> 200 + r.nextInt(1_800);
            default -> 10 + r.nextInt(190);
        };
        sink.account(new AccountRow(index, externalId, name,
                name.toLowerCase().replace(" ", "") + index + ".example", pick(r, INDUSTRIES), segment,
                pick(r, REGIONS), tier, target, employees, money((double) employees * (80_000 + r.nextInt(200_000))),
                accountCreated));

        // Opportunities first (only planned), because journeys are shaped around them.
        List<OpportunityRow> opps = planOpportunities(index, externalId, tier, engagement, r);

        // Contacts: the first one is the lead, created a while before the first opportunity.
        Instant firstOpp = opps.stream().map(OpportunityRow::createdAt).min(Comparator.naturalOrder()).orElse(null);
        Instant leadAt = firstOpp != null ? firstOpp.minus(15 + r.nextInt(120), ChronoUnit.DAYS)
                : randomInstant(r, start, end);
        if (leadAt.isBefore(start)) {
            leadAt = start.plus(r.nextInt(30), ChronoUnit.DAYS);
        }
        int contactCount = switch (tier) {
            case "one_to_one" -> 8 + r.nextInt(8);
            case "one_to_few" -> 5 + r.nextInt(6);
            default -> 2 + r.nextInt(5);
        };
        List<Contact> contacts = new ArrayList<>();
        for (int c = 0; c < contactCount; c++) {
            long id = ++contactSeq;
            Instant created = c == 0 ? leadAt : randomInstant(r, leadAt, end);
            String role = c < ROLES.length && r.nextDouble() < 0.8 ? ROLES[c] : pick(r, ROLES);
            Contact contact = new Contact(id, String.format("CON%07d", id), role, created);
            contacts.add(contact);
            String first = pick(r, FIRST);
            String last = pick(r, LAST);
            sink.contact(new ContactRow(id, contact.externalId, index, externalId, first + " " + last,
                    (first + "." + last + id).toLowerCase() + "@" + name.toLowerCase().replace(" ", "") + ".example",
                    pick(r, TITLES), role, created));
        }

        touches(index, externalId, engagement, opps, contacts, r, sink);

        for (OpportunityRow opp : opps) {
            sink.opportunity(opp);
            stageHistory(opp, r, sink);
        }
        nps(index, externalId, engagement, opps, contacts, r, sink);
    }

    private List<OpportunityRow> planOpportunities(int account, String accountExt, String tier, double engagement,
            SplittableRandom r) {
        List<OpportunityRow> opps = new ArrayList<>();
        if (r.nextDouble() > 0.75 + 0.25 * engagement) {
            return opps;
        }
        Instant created = randomInstant(r, start.plus(60, ChronoUnit.DAYS), end.minus(20, ChronoUnit.DAYS));
        double base = switch (tier) {
            case "one_to_one" -> 120_000 + r.nextInt(480_000);
            case "one_to_few" -> 40_000 + r.nextInt(110_000);
            default -> 8_000 + r.nextInt(37_000);
        };
        int attempts = 0;
        String type = "new_business";
        double amount = base;
        while (created != null && created.isBefore(end) && attempts < 5) {
            attempts++;
            int cycle = switch (tier) {
                case "one_to_one" -> 90 + r.nextInt(110);
                case "one_to_few" -> 60 + r.nextInt(60);
                default -> 20 + r.nextInt(50);
            };
            double winChance = switch (type) {
                // real B2B win rates: a fifth to a third of all deals, renewals most often
                case "renewal" -> 0.7;
                case "upsell", "cross_sell" -> 0.4;
                default -> 0.06 + 0.45 * engagement;
            };
            Instant closed = created.plus(cycle, ChronoUnit.DAYS).plusSeconds(r.nextInt(28_800));
            String status;
            if (closed.isAfter(end)) {
                status = "open";
                closed = null;
            } else {
                status = r.nextDouble() < winChance ? "won" : "lost";
            }
            int months = "new_business".equals(type) ? new int[] {12, 12, 24, 36}[r.nextInt(4)] : 12;
            double fees = "new_business".equals(type) ? Math.round(amount * r.nextDouble() * 0.08) : 0;
            long id = ++oppSeq;
            opps.add(new OpportunityRow(id, String.format("OPP%06d", id), account, accountExt,
                    label(type) + " " + String.format("%05d", account), money(amount), status, type,
                    "open".equals(status) ? null : ("won".equals(status) ? "closed_won" : "closed_lost"), created,
                    closed, months, money(fees), CURRENCY));
            if ("won".equals(status)) {
                boolean renew = r.nextDouble() < 0.6;
                type = renew ? "renewal" : (r.nextDouble() < 0.5 ? "upsell" : "cross_sell");
                created = renew ? closed.plus(months * 30L - 45, ChronoUnit.DAYS)
                        : closed.plus(60 + r.nextInt(200), ChronoUnit.DAYS);
                amount = renew ? (amount - fees) / (months / 12.0) : amount * (0.2 + r.nextDouble() * 0.3);
            } else if ("lost".equals(status) && r.nextDouble() < 0.75) {
                created = closed.plus(30 + r.nextInt(150), ChronoUnit.DAYS);
                type = "new_business";
            } else {
                created = null;
            }
        }
        return opps;
    }

    private void stageHistory(OpportunityRow opp, SplittableRandom r, DemoSink sink) {
        Instant until = opp.closedAt() != null ? opp.closedAt() : end;
        double total = opp.closedAt() != null ? seconds(opp.createdAt(), opp.closedAt())
                : seconds(opp.createdAt(), opp.createdAt().plus(180, ChronoUnit.DAYS));
        int reached = switch (opp.status()) {
            case "won" -> STAGES.length;
            case "lost" -> 1 + r.nextInt(STAGES.length);
            default -> STAGES.length;
        };
        Instant at = opp.createdAt();
        for (int s = 0; s < reached && !at.isAfter(until); s++) {
            sink.stageChange(new StageChangeRow(opp.id(), opp.externalId(), STAGES[s], at));
            double share = STAGE_SHARE[s] * (0.6 + r.nextDouble() * 0.8);
            at = at.plusSeconds((long) (total * share));
        }
    }

    private void touches(int account, String accountExt, double engagement, List<OpportunityRow> opps,
            List<Contact> contacts, SplittableRandom r, DemoSink sink) {
        // A few accounts buy without any tracked touch: their deals are unattributed.
        boolean dark = r.nextDouble() < 0.03;
        int count = dark ? 0 : (int) Math.round(touchesPerAccount * (0.3 + 1.4 * engagement));
        // Each account is reached through a handful of channels, not all of them (as in life,
        // and so that the Shapley model rarely meets a journey of more than 12 channels).
        java.util.Set<String> reachable = new java.util.HashSet<>(List.of("direct", "sdr_outreach"));
        for (String channel : List.of("paid_social", "display", "paid_search", "organic_search", "social", "webinar",
                "content_syndication", "email", "direct_mail", "event", "referral")) {
            if (r.nextDouble() < 0.55) {
                reachable.add(channel);
            }
        }
        List<PlannedTouch> planned = new ArrayList<>(count);
        int background = opps.isEmpty() ? count : (int) (count * 0.4);
        for (int i = 0; i < background; i++) {
            Instant at = randomInstant(r, start, end);
            boolean isEarly = r.nextDouble() < 0.75;
            plan(planned, reachable(reachable, r, () -> isEarly ? early(at, r) : middle(at, r)), r);
        }
        int perOpp = opps.isEmpty() ? 0 : (count - background) / opps.size();
        for (OpportunityRow opp : opps) {
            Instant created = opp.createdAt();
            Instant last = opp.closedAt() != null ? opp.closedAt() : min(end, created.plus(90, ChronoUnit.DAYS));
            for (int i = 0; i < perOpp; i++) {
                double phase = r.nextDouble();
                Instant at;
                PlannedTouch touch;
                if (phase < 0.3) {
                    at = randomInstant(r, created.minus(170, ChronoUnit.DAYS), created.minus(60, ChronoUnit.DAYS));
                    Instant when = at;
                    touch = reachable(reachable, r, () -> early(when, r));
                } else if (phase < 0.65) {
                    at = randomInstant(r, created.minus(60, ChronoUnit.DAYS), created);
                    Instant when = at;
                    touch = reachable(reachable, r, () -> middle(when, r));
                } else {
                    at = randomInstant(r, created, last);
                    Instant when = at;
                    touch = reachable(reachable, r, () -> late(when, r));
                }
                if (!at.isBefore(start) && !at.isAfter(end)) {
                    plan(planned, touch, r);
                }
            }
        }
        planned.sort(Comparator.comparing(PlannedTouch::at));
        for (PlannedTouch p : planned) {
            Contact contact = null;
            if (!"ad_impression".equals(p.type) && r.nextDouble() < 0.85) {
                Contact candidate = contacts.get(r.nextInt(contacts.size()));
                contact = candidate.createdAt.isAfter(p.at) ? contacts.get(0) : candidate;
            }
            Long campaign = campaignFor(p.channel, p.at);
            long id = ++touchSeq;
            sink.touch(new TouchRow(id, String.format("TCH%08d", id), account, accountExt,
                    contact == null ? null : contact.id, contact == null ? null : contact.externalId, campaign,
                    campaign == null ? null : campaignExternalId(campaign), p.channel, p.type, p.at, p.stage));
        }
    }

    private static PlannedTouch reachable(java.util.Set<String> reachable, SplittableRandom r,
            java.util.function.Supplier<PlannedTouch> draw) {
        for (int attempt = 0; attempt < 20; attempt++) {
            PlannedTouch touch = draw.get();
            if (reachable.contains(touch.channel)) {
                return touch;
            }
        }
        PlannedTouch fallback = draw.get();
        return new PlannedTouch(fallback.at, "direct", "web_visit", fallback.stage);
    }

    private Long campaignFor(String channel, Instant at) {
        for (int c = 0; c < CAMPAIGN_CHANNELS.length; c++) {
            if (CAMPAIGN_CHANNELS[c].equals(channel)) {
                long day = ChronoUnit.DAYS.between(start, at);
                int quarter = (int) Math.min(quarters() - 1, Math.max(0, day / 91));
                return campaignId(c, quarter);
            }
        }
        return null;
    }

    private PlannedTouch early(Instant at, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> new PlannedTouch(at, "paid_social", r.nextDouble() < 0.7 ? "ad_impression" : "ad_click", "tofu");
            case 2 -> new PlannedTouch(at, "display", r.nextDouble() < 0.8 ? "ad_impression" : "ad_click", "tofu");
            case 3 -> new PlannedTouch(at, "paid_search", "ad_click", "tofu");
            case 4 -> new PlannedTouch(at, "organic_search", "web_visit", "tofu");
            default -> new PlannedTouch(at, "social", "social_engagement", "tofu");
        };
    }

    private PlannedTouch middle(Instant at, SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0 -> new PlannedTouch(at, "webinar", r.nextDouble() < 0.5 ? "webinar_registered" : "webinar_attended", "mofu");
            case 1 -> new PlannedTouch(at, "content_syndication", "content_download", "mofu");
            case 2, 3 -> new PlannedTouch(at, "email", "email_sent", "mofu");
            case 4 -> new PlannedTouch(at, "organic_search", r.nextDouble() < 0.5 ? "form_fill" : "web_visit", "mofu");
            case 5 -> new PlannedTouch(at, "direct_mail", "direct_mail", "mofu");
            default -> new PlannedTouch(at, "direct", "web_visit", "mofu");
        };
    }

    /**
     * Adds a planned touch; an email is a small funnel of its own: sent, then perhaps opened
     * (within two days), and an opened one perhaps clicked or answered (within a day). So opens
     * never outnumber sends, nor clicks and replies opens: about 30 % of marketing emails are
     * opened, 5 % clicked and 2 % answered; sales emails late in a deal more.
     */
    private void plan(List<PlannedTouch> planned, PlannedTouch touch, SplittableRandom r) {
        planned.add(touch);
        if (!"email_sent".equals(touch.type)) {
            return;
        }
        boolean sales = "bofu".equals(touch.stage);
        if (r.nextDouble() >= (sales ? 0.42 : 0.28)) {
            return;
        }
        Instant opened = touch.at.plus(10 + r.nextInt(48 * 60), ChronoUnit.MINUTES);
        if (opened.isAfter(end)) {
            return;
        }
        planned.add(new PlannedTouch(opened, "email", "email_open", touch.stage));
        Instant after = opened.plus(1 + r.nextInt(24 * 60), ChronoUnit.MINUTES);
        if (after.isAfter(end)) {
            return;
        }
        double x = r.nextDouble();
        if (x < (sales ? 0.25 : 0.17)) {
            planned.add(new PlannedTouch(after, "email", "email_click", touch.stage));
        } else if (x < (sales ? 0.45 : 0.24)) {
            planned.add(new PlannedTouch(after, "email", "email_reply", touch.stage));
        }
    }

    private PlannedTouch late(Instant at, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> new PlannedTouch(at, "event", "event_attended", "bofu");
            case 1, 2 -> new PlannedTouch(at, "sdr_outreach", r.nextDouble() < 0.5 ? "call" : "meeting", "bofu");
            case 3 -> new PlannedTouch(at, "direct", r.nextDouble() < 0.6 ? "web_visit" : "form_fill", "bofu");
            case 4 -> new PlannedTouch(at, "email", "email_sent", "bofu");
            default -> new PlannedTouch(at, "referral", "meeting", "bofu");
        };
    }

    private void nps(int account, String accountExt, double engagement, List<OpportunityRow> opps,
            List<Contact> contacts, SplittableRandom r, DemoSink sink) {
        for (OpportunityRow opp : opps) {
            if (!"won".equals(opp.status()) || r.nextDouble() < 0.4) {
                continue;
            }
            int answers = 1 + r.nextInt(2);
            for (int a = 0; a < answers; a++) {
                Instant at = opp.closedAt().plus(30 + r.nextInt(300), ChronoUnit.DAYS);
                if (at.isAfter(end)) {
                    continue;
                }
                int score = (int) Math.max(0, Math.min(10, Math.round(6 + 4 * engagement + r.nextGaussian() * 1.6)));
                Contact contact = contacts.get(r.nextInt(contacts.size()));
                long id = ++npsSeq;
                sink.nps(new NpsRow(id, String.format("NPS%06d", id), account, accountExt, contact.id,
                        contact.externalId, score, at, pick(r, NPS_COMMENTS)));
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String label(String id) {
        String[] words = id.split("_");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Instant randomInstant(SplittableRandom r, Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return span <= 0 ? from : from.plusSeconds(r.nextLong(span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static double seconds(Instant a, Instant b) {
        return b.getEpochSecond() - a.getEpochSecond();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
