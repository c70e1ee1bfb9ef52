package org.uptake.sample;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scenario's accounts and people. A person is a pure function of the seed and their index,
 * so the generator can stream a million of them and draw each one twice without storing any.
 */
final class Population {

    private static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Los_Angeles",
            "Europe/London", "Europe/Berlin", "Asia/Singapore", "Australia/Sydney");
    private static final double[] ZONE_WEIGHTS = {0.26, 0.12, 0.17, 0.14, 0.16, 0.08, 0.07};
    private static final List<String> ROLES = List.of("admin", "manager", "analyst", "viewer");
    private static final double[] ROLE_WEIGHTS = {0.08, 0.20, 0.35, 0.37};
    private static final List<String> FIRST = List.of("alex", "sam", "jordan", "maria", "li", "priya", "omar", "lena",
            "noah", "emma", "kenji", "ana", "tom", "fatima", "lucas", "mia", "ivan", "sofia", "david", "chloe");
    private static final List<String> LAST = List.of("smith", "garcia", "chen", "mueller", "kowalski", "silva", "tanaka",
            "okafor", "novak", "rossi", "dubois", "jensen", "patel", "kim", "ahmed", "larsen", "brown", "costa");
    private static final List<String> NAME_A = List.of("Northwind", "Bluepeak", "Cedar", "Lumen", "Harbor", "Summit",
            "Ironwood", "Brightline", "Orchid", "Granite", "Silverleaf", "Redwood", "Polar", "Meridian", "Copper");
    private static final List<String> NAME_B = List.of("Logistics", "Health", "Retail", "Labs", "Energy", "Finance",
            "Media", "Foods", "Systems", "Travel", "Robotics", "Studio", "Bank", "Works", "Analytics");
    static final List<String> CSMS = List.of("Dana Kim", "Rafael Ortiz", "Grace Liu", "Tomasz Nowak", "Aisha Bello");

    private final long seed;
    private final double activity;
    private final ScenarioDates dates;
    private final Map<Segment, List<SampleAccount>> accounts = new EnumMap<>(Segment.class);
    private final List<SampleAccount> planted = new ArrayList<>();
    private Map<Integer, SampleAccount> moved = Map.of();

    Population(SampleOptions options, ScenarioDates dates) {
        this.seed = options.seed();
        this.activity = options.activity();
        this.dates = dates;
        SplittableRandom random = Rng.global(seed, 7);
        int counter = 0;
        for (Segment segment : Segment.values()) {
            int count = Math.max(3, (int) Math.ceil(options.users() * segment.share / segment.peoplePerAccount));
            List<SampleAccount> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                counter++;
                String name = Rng.pick(random, NAME_A) + " " + Rng.pick(random, NAME_B) + (counter > 40 ? " " + counter : "");
                String domain = name.toLowerCase().replace(' ', '-') + ".example";
                long arr = switch (segment) {
                    case ENTERPRISE -> 120_000 + random.nextInt(780_000);
                    case MID_MARKET -> 20_000 + random.nextInt(100_000);
                    case SMB -> 1_200 + random.nextInt(18_000);
                };
                String csm = segment == Segment.SMB ? "" : Rng.pick(random, CSMS);
                list.add(new SampleAccount(String.format("acc_%05d", counter), name, segment.label, arr, csm, domain));
            }
            accounts.put(segment, list);
        }
    }

    List<SampleAccount> accounts() {
        List<SampleAccount> all = new ArrayList<>();
        accounts.values().forEach(all::addAll);
        all.addAll(planted);
        return all;
    }

    /** How many accounts were drawn before any was planted. */
    int drawnAccounts() {
        return accounts.values().stream().mapToInt(List::size).sum();
    }

    /** From now on these people (by index) belong to the planted accounts; everything else about them stays as drawn. */
    void move(Map<Integer, SampleAccount> people, List<SampleAccount> plantedAccounts) {
        this.moved = Map.copyOf(people);
        this.planted.clear();
        this.planted.addAll(plantedAccounts);
    }

    SamplePerson person(int index) {
        SplittableRandom r = Rng.forPerson(seed, index, Rng.ATTRIBUTES);
        Segment segment = Segment.values()[Rng.weighted(r, 0.25, 0.30, 0.45)];
        List<SampleAccount> pool = accounts.get(segment);
        SampleAccount account = pool.get(r.nextInt(pool.size()));
        String plan = switch (segment) {
            case ENTERPRISE -> "enterprise";
            case MID_MARKET -> r.nextDouble() < 0.8 ? "business" : "pro";
            case SMB -> r.nextDouble() < 0.5 ? "pro" : "starter";
        };
        String role = ROLES.get(Rng.weighted(r, ROLE_WEIGHTS));
        String email = Rng.pick(r, FIRST) + "." + Rng.pick(r, LAST) + index + "@";
        // Drawn first, then moved: a planted account takes the person without changing any draw after this one.
        account = moved.getOrDefault(index, account);
        email += account.domain();
        ZoneId zone = ZoneId.of(ZONES.get(Rng.weighted(r, ZONE_WEIGHTS)));
        String platform = switch (Rng.weighted(r, 0.70, 0.18, 0.12)) {
            case 0 -> "web";
            case 1 -> "ios";
            default -> "android";
        };
        ActivityTier tier = switch (segment) {
            case ENTERPRISE -> ActivityTier.values()[Rng.weighted(r, 0.20, 0.30, 0.50)];
            case MID_MARKET -> ActivityTier.values()[Rng.weighted(r, 0.40, 0.45, 0.15)];
            case SMB -> ActivityTier.values()[Rng.weighted(r, 0.52, 0.40, 0.08)];
        };
        boolean newcomer = r.nextDouble() < 0.15;
        long createdDay = newcomer
                ? dates.firstEpochDay + r.nextInt((int) (dates.lastEpochDay - 3 - dates.firstEpochDay))
                : dates.firstEpochDay - 30 - r.nextInt(670);
        long createdAt = ScenarioDates.startOfEpochDay(createdDay) + (long) (r.nextDouble() * ScenarioDates.DAY * 0.9);
        boolean optedOut = r.nextDouble() < 0.04;
        long churnDay = Long.MAX_VALUE;
        if (!newcomer && r.nextDouble() < 0.06) {
            long latest = LocalDate.of(2026, 2, 27).toEpochDay();
            long earliest = Math.max(dates.firstEpochDay + 7, latest - 42);
            churnDay = earliest + r.nextInt((int) Math.max(1, latest - earliest));
        }
        boolean legacyFilter = r.nextDouble() < (segment == Segment.ENTERPRISE && tier == ActivityTier.HEAVY ? 0.45 : 0.20);
        int weeks = (int) ((dates.lastEpochDay - dates.firstEpochDay + 1) / 7);
        int savedViewsLastWeek = -1;
        if (r.nextDouble() < (segment == Segment.ENTERPRISE ? 0.45 : 0.30)) {
            savedViewsLastWeek = r.nextDouble() < 0.35 ? weeks : weeks - 9 + r.nextInt(8);
        }
        String anonymousId = newcomer && !"web".equals(platform) ? "anon-" + Rng.hexId(r) : null;
        return new SamplePerson(index, String.format("u%06d", index), account, segment, plan, role, email, createdAt,
                zone, platform, tier, optedOut, churnDay, legacyFilter, savedViewsLastWeek, anonymousId);
    }

    /** The person's visits, in time order; sessions never cross midnight UTC, so each has one day. */
    List<Session> sessions(SamplePerson person) {
        SplittableRandom r = Rng.forPerson(seed, person.index(), Rng.ACTIVITY);
        ActivityTier tier = person.tier();
        long firstDay = Math.max(dates.firstEpochDay, Math.floorDiv(person.createdAt(), ScenarioDates.DAY));
        List<Session> sessions = new ArrayList<>();
        for (long day = firstDay; day <= dates.lastEpochDay && day < person.churnEpochDay(); day++) {
            double chance = activity * (ScenarioDates.isWeekend(day) ? tier.weekendChance : tier.weekdayChance);
            if (ScenarioDates.isHoliday(day)) {
                chance *= 0.4;
            }
            boolean firstDayOfNewcomer = day == firstDay && person.createdAt() >= ScenarioDates.startOfEpochDay(dates.firstEpochDay);
            if (!firstDayOfNewcomer && r.nextDouble() >= chance) {
                continue;
            }
            int count = tier.minSessions + r.nextInt(tier.maxSessions - tier.minSessions + 1);
            long previousEnd = 0;
            for (int s = 0; s < count; s++) {
                long start = localWorkingTime(person, day, r);
                if (firstDayOfNewcomer && s == 0) {
                    start = Math.max(start, person.createdAt() + 60_000);
                }
                if (start <= previousEnd) {
                    start = previousEnd + 20 * 60_000;
                }
                long dayEnd = ScenarioDates.startOfEpochDay(day + 1);
                if (start > dayEnd - 2 * ScenarioDates.HOUR) {
                    break;
                }
                String platform = r.nextDouble() < 0.85 ? person.platform() : person.isMobile() ? "web" : (r.nextBoolean() ? "ios" : "android");
                int events = tier.minEvents + r.nextInt(tier.maxEvents - tier.minEvents + 1);
                sessions.add(new Session(day, start, platform, events));
                previousEnd = start + 30 * 60_000;
            }
        }
        return sessions;
    }

    /** A moment between 8:00 and 18:30 in the person's time zone on (about) the given UTC day. */
    private static long localWorkingTime(SamplePerson person, long epochDay, SplittableRandom r) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        long localSeconds = 8 * 3600 + (long) (r.nextDouble() * 10.5 * 3600);
        long offset = person.zone().getRules().getOffset(date.atStartOfDay().toInstant(ZoneOffset.UTC)).getTotalSeconds();
        long utcSecondsOfDay = Math.floorMod(localSeconds - offset, 86_400L);
        // Keep two hours before midnight UTC free so story events added to a session stay on its day.
        if (utcSecondsOfDay > 22 * 3600) {
            utcSecondsOfDay -= 2 * 3600;
        }
        return ScenarioDates.startOfEpochDay(epochDay) + utcSecondsOfDay * 1000 + r.nextInt(1000);
    }
}
