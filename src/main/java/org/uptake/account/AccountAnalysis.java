package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.AccountCountStore;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.AccountStore.AccountData;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.WorkspaceSettings;

/** A CSM's book of business: every account's health, why some are at risk, per owner, and whether the score predicts. */
public final class AccountAnalysis {

    /** {@code -Duptake.timing=DEBUG}: where a book's time went, step by step. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountAnalysis.class);

    private final AccountStore store;
    private final FeatureQueries featureList;
    private final FeatureDefinitions definitions;
    private final WorkspaceSettings workspaceSettings;
    private final StrugglingPeople struggling;
    private final Optional<AccountCountStore> kept;

    /** An analysis that counts the accounts each time it is asked (tests, a read-only look). */
    public AccountAnalysis(AccountStore store, FeatureQueries featureList, FeatureDefinitions definitions,
            WorkspaceSettings workspaceSettings, StrugglingPeople struggling) {
        // Not this(...): the architecture rule lets only the service graph call the constructor that keeps counts.
        this.store = store;
        this.featureList = featureList;
        this.definitions = definitions;
        this.workspaceSettings = workspaceSettings;
        this.struggling = struggling;
        this.kept = Optional.empty();
    }

    /** An analysis that keeps each day's counts in {@code kept} and reads them back while the data and definitions stay the same. */
    public AccountAnalysis(AccountStore store, FeatureQueries featureList, FeatureDefinitions definitions,
            WorkspaceSettings workspaceSettings, StrugglingPeople struggling, Optional<AccountCountStore> kept) {
        this.store = store;
        this.featureList = featureList;
        this.definitions = definitions;
        this.workspaceSettings = workspaceSettings;
        this.struggling = struggling;
        this.kept = kept;
    }

    public AccountSettings settings() {
        return AccountSettings.of(workspaceSettings);
    }

    public void saveSettings(AccountSettings settings) {
        settings.save(workspaceSettings);
    }

    /** Every account as of the data's last day, ranked by ARR at risk, and each owner's book. */
    public Book book() {
        LocalDate day = store.lastDay().orElseThrow(() -> new IllegalStateException("The workspace holds no events yet: import some first"));
        long t0 = System.nanoTime();
        List<KeyFeature> features = features();
        KeptCounts counted = counts(day, features);
        long t1 = System.nanoTime();
        List<AccountHealth> scored = new HealthScorer(settings(), features).score(counted.accounts(), counted.counts(), day);
        long t2 = System.nanoTime();
        List<AccountHealth> ranked = rank(scored);
        long t3 = System.nanoTime();
        Book book = new Book(day, ranked, owners(ranked));
        LOG.debug("Book of {} accounts: counts {} ms, scoring {} ms, ranking {} ms, owners {} ms", ranked.size(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        return book;
    }

    /** One account's page, or nothing when the workspace has no such account. */
    public Optional<AccountPage> page(String accountId) {
        long t0 = System.nanoTime();
        Optional<AccountData> read = store.readOne(accountId);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        AccountData data = read.get();
        long t1 = System.nanoTime();
        LocalDate day = data.lastDay().orElseThrow(() -> new IllegalStateException("The workspace holds no events yet: import some first"));
        IntSet strugglingNow = struggling(day);
        long t2 = System.nanoTime();
        List<KeyFeature> features = features();
        AccountSettings settings = settings();
        AccountHealth health = new HealthScorer(settings, features).score(data, day, strugglingNow).get(0);
        long t3 = System.nanoTime();
        AccountPage page = new PageBuilder(data, day, features, settings.windowDays())
                .build(health, strugglingNow, store.segmentAdoption(health.tier() == null ? "" : health.tier()));
        LOG.debug("Page of {} ({} people): read {} ms, struggling {} ms, scored {} ms, built {} ms", accountId, data.members().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        return Optional.of(page);
    }

    /** How well the score as of {@code horizonDays} before the last day foretold churn and downgrades after it. */
    public Prediction prediction() {
        LocalDate last = store.lastDay().orElseThrow(() -> new IllegalStateException("The workspace holds no events yet: import some first"));
        LocalDate asOf = last.minusDays(settings().horizonDays());
        if (!store.anyOutcome()) {
            return PredictionCheck.notMeasurable(asOf, "not measurable: no outcomes in the data");
        }
        List<KeyFeature> features = features();
        KeptCounts then = counts(asOf, features);
        return PredictionCheck.measure(asOf, last, new HealthScorer(settings(), features).score(then.accounts(), then.counts(), asOf),
                then.accounts());
    }

    /**
     * Every account and its counts as of {@code day}: the kept ones while the data, the features' definitions, the
     * thresholds and the outreach sent are the same as when they were counted; else counted from every person's data (and
     * kept).
     */
    private KeptCounts counts(LocalDate day, List<KeyFeature> features) {
        if (kept.isEmpty()) {
            return count(day, features);
        }
        AccountCountStore keptCounts = kept.get();
        long t0 = System.nanoTime();
        StrugglingSetStore.DataState state = keptCounts.state();
        String fingerprint = keptCounts.fingerprint(struggling.definition() + "|window=" + settings().windowDays() + "|weeks=" + AccountCounter.WEEKS);
        long t1 = System.nanoTime();
        Optional<byte[]> bytes = keptCounts.read(day, fingerprint, state);
        long t2 = System.nanoTime();
        Optional<KeptCounts> read = bytes.flatMap(b -> KeptCounts.decode(b, features.size()));
        LOG.debug("Kept counts of {}: state and fingerprint {} ms, read {} ms ({} bytes), decoded {} ms", day, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, bytes.map(b -> b.length).orElse(0), (System.nanoTime() - t2) / 1_000_000);
        if (read.isPresent()) {
            store.knowSegments(read.get().segments());
            return read.get();
        }
        KeptCounts counted = count(day, features);
        long t3 = System.nanoTime();
        keptCounts.write(day, fingerprint, state, counted.counts().size(), counted.encode(features.size()));
        LOG.debug("Kept counts of {} written in {} ms", day, (System.nanoTime() - t3) / 1_000_000);
        return counted;
    }

    private KeptCounts count(LocalDate day, List<KeyFeature> features) {
        // Struggling people first: detection holds a feature's events, which should not sit beside every person's data.
        long t0 = System.nanoTime();
        IntSet strugglingNow = struggling(day);
        long t1 = System.nanoTime();
        AccountData data = store.readAll();
        long t2 = System.nanoTime();
        Map<String, AccountCounts> counts = new AccountCounter(settings().windowDays(), features).count(data, day, strugglingNow);
        LOG.debug("Counted {} accounts as of {}: struggling people {} ms, read {} ms, counted {} ms", counts.size(), day,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new KeptCounts(data.accounts(), counts, store.segments());
    }

    private IntSet struggling(LocalDate day) {
        return struggling.between(day.minusDays(settings().windowDays() - 1L), day);
    }

    private List<KeyFeature> features() {
        List<KeyFeature> features = new ArrayList<>();
        for (FeatureRef ref : featureList.list()) {
            definitions.find(ref.key()).ifPresent((Feature f) -> features.add(new KeyFeature(f.key(), f.name(), f.targetSegments(),
                    f.adoption() == null ? 0 : f.adoption().target())));
        }
        return features;
    }

    /** At-risk accounts first, by ARR; then watch, healthy, too small and churned, each by ARR. */
    static List<AccountHealth> rank(List<AccountHealth> accounts) {
        // One comparison written out: at 137,000 accounts a chain of comparators was a fifth of a kept book's time.
        AccountHealth[] ranked = accounts.toArray(AccountHealth[]::new);
        java.util.Arrays.sort(ranked, (a, b) -> {
            int byBand = Integer.compare(a.band().ordinal(), b.band().ordinal());
            if (byBand != 0) {
                return byBand;
            }
            int byArr = Double.compare(b.arr(), a.arr());
            return byArr != 0 ? byArr : a.accountId().compareTo(b.accountId());
        });
        return List.of(ranked);
    }

    static List<BookOfBusiness> owners(List<AccountHealth> accounts) {
        // Each owner's accounts are added in the order given (as a stable sort by owner would), so the sums are the same.
        Map<String, double[]> byOwner = new HashMap<>();
        for (AccountHealth a : accounts) {
            if (a.band() == Band.CHURNED) {
                continue;
            }
            double[] t = byOwner.computeIfAbsent(a.owner().isEmpty() ? "(no owner)" : a.owner(), o -> new double[3]);
            t[0]++;
            t[1] += a.arr();
            t[2] += a.arrAtRisk();
        }
        List<BookOfBusiness> out = new ArrayList<>();
        byOwner.forEach((o, t) -> out.add(new BookOfBusiness(o, (int) t[0], t[1], t[2])));
        out.sort(Comparator.comparingDouble(BookOfBusiness::arrAtRisk).reversed().thenComparing(BookOfBusiness::owner));
        return out;
    }

    /** The book as of one day: accounts ranked, and per owner. */
    public record Book(LocalDate asOf, List<AccountHealth> accounts, List<BookOfBusiness> owners) {

        public Book {
            accounts = List.copyOf(accounts);
            owners = List.copyOf(owners);
        }

        public List<AccountHealth> atRisk() {
            return accounts.stream().filter(a -> a.band() == Band.AT_RISK).toList();
        }
    }
}
