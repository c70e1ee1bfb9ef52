package org.uptake.watch;

import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The rules the watch runs, and the data they run on: the workspace as of its last event day. */
public final class AlertRules {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertRules.class);

    private final List<AlertRule> rules;
    private final AdoptionAnalysis adoption;
    private final StruggleAnalysis struggles;
    private final FeatureQueries features;
    private final UseQueries use;

    private final KeptProactiveFigures keptProactive;

    public AlertRules(List<AlertRule> rules, AdoptionAnalysis adoption, StruggleAnalysis struggles, FeatureQueries features,
            Workspace workspace) {
        this.rules = List.copyOf(rules);
        this.adoption = adoption;
        this.struggles = struggles;
        this.features = features;
        this.use = new UseQueries(workspace);
        this.keptProactive = new KeptProactiveFigures(workspace, () -> struggles.settings().toString());
    }

    /** The digest's proactive figures as the last evaluation on this data computed them. */
    KeptProactiveFigures keptProactive() {
        return keptProactive;
    }

    /** The rules about features. */
    public static List<AlertRule> standard() {
        return List.of(new PaceRule(), new StruggleShareRule(), new StruggleClusterRule(), new TicketRateRule(), new BugSuspectRule(),
                new UseDeclineRule());
    }

    /** Every rule of this version: the feature rules, and the account rule on this book of business. */
    public static List<AlertRule> withAccounts(java.util.function.Supplier<org.uptake.account.AccountAnalysis.Book> book) {
        List<AlertRule> all = new ArrayList<>(standard());
        all.add(new AccountRiskRule(book));
        return List.copyOf(all);
    }

    public List<AlertRule> rules() {
        return rules;
    }

    /** The data as of the workspace's last event day, or null while it holds no events. */
    public WatchedData data(WatchSettings settings) {
        java.time.LocalDate asOf = adoption.lastDay();
        return asOf == null ? null : new WatchedData(asOf, settings, features.list(), adoption, struggles, use);
    }

    public List<Finding> evaluate(WatchedData data, Progress progress) {
        List<Finding> found = new ArrayList<>();
        int done = 0;
        for (AlertRule rule : rules) {
            progress.update(done++, rules.size(), "Checking: " + rule.name());
            long t0 = System.nanoTime();
            List<Finding> own = rule.evaluate(data);
            // Where a refresh's time goes: the first rule to ask for an analysis pays for the rules after it.
            LOG.info("Rule {}: {} finding(s) in {} ms", rule.name(), own.size(), (System.nanoTime() - t0) / 1_000_000);
            found.addAll(own);
        }
        return found;
    }
}
