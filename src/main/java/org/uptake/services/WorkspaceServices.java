package org.uptake.services;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.DefinitionPreview;
import org.uptake.adoption.EventCatalogQueries;
import org.uptake.adoption.FeaturePeople;
import org.uptake.adoption.Retention;
import org.uptake.adoption.TargetHistory;
import org.uptake.extract.ClusterFigures;
import org.uptake.adoption.CrossTabulation;
import org.uptake.adoption.PeriodComparison;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.MetricPreview;
import org.uptake.impact.Portfolio;
import org.uptake.ingest.Importer;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.CampaignConversions;
import org.uptake.outreach.CopyGenerator;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.OutreachSettings;
import org.uptake.outreach.Secrets;
import org.uptake.report.DigestPdf;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StrugglePeriods;
import org.uptake.struggle.TextSimilarities;
import org.uptake.struggle.TextSimilarity;
import org.uptake.watch.AlertBook;
import org.uptake.watch.AlertRules;
import org.uptake.watch.DigestHtml;
import org.uptake.watch.DigestMarkdown;
import org.uptake.watch.DigestWriter;
import org.uptake.watch.Inbox;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchSettings;
import org.uptake.workspace.AlertStore;
import org.uptake.workspace.Cached;
import org.uptake.workspace.ExtractStore;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.FeatureVersions;
import org.uptake.workspace.InboxLog;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/**
 * The services of one open workspace, wired once: a window's screens and a CLI command take theirs
 * from here, so they share one cache of the features' people (forgotten on import) and one of each
 * analysis. It does not own the workspace: whoever opened it closes it.
 */
public final class WorkspaceServices {

    private final Workspace workspace;
    private final Secrets secrets;
    private final Function<OutreachSettings, CopyGenerator> generators;
    private final AdoptionAnalysis adoption;
    private final PeriodComparison periods;
    private final CrossTabulation crossTabulation;
    private final StruggleAnalysis struggles;
    private final StrugglePeriods strugglePeriods;
    private final CampaignConversions conversions;
    private final ImpactAnalysis impact;
    private final ImpactValidation validation;
    private final Portfolio portfolio;
    private final Importer importer;
    private final Delivery delivery;
    private final OverviewQueries overview;
    private final KeptOriginals keptOriginals;
    private final TargetHistory targets;
    private final Retention retention;
    private final FeatureVersions featureVersions;
    private final EventCatalogQueries eventCatalog;
    private final DefinitionPreview definitionPreview;
    private final MetricPreview metricPreview;
    private final ClusterFigures clusterFigures;
    private org.uptake.account.AccountAnalysis accounts;
    /** Built on first use: building it moves secrets an older Uptake kept in the workspace out of it, a write only outreach should cause. */
    private Outreach outreach;
    private Onboarding onboarding;
    private Watch watch;

    /** The app's graph: tickets matched by the best similarity available, copy written as the settings say. */
    public static WorkspaceServices of(Workspace workspace, Secrets secrets) {
        return new WorkspaceServices(workspace, secrets, TextSimilarities::best, CopyGenerator::fromSettings);
    }

    /** A graph with its ticket matching and copy generator chosen (tests choose TF-IDF and fixed copy). */
    public WorkspaceServices(Workspace workspace, Secrets secrets, Supplier<TextSimilarity> similarity,
            Function<OutreachSettings, CopyGenerator> generators) {
        this.workspace = workspace;
        this.secrets = secrets;
        this.generators = generators;
        Cached<FeaturePeople.Window, FeaturePeople> people = FeaturePeople.cache(workspace);
        this.adoption = new AdoptionAnalysis(workspace, people);
        this.targets = new TargetHistory(workspace, people);
        this.retention = new Retention(workspace, people);
        this.struggles = new StruggleAnalysis(workspace, adoption, similarity);
        this.periods = new PeriodComparison(adoption);
        this.crossTabulation = new CrossTabulation(adoption);
        this.strugglePeriods = new StrugglePeriods(struggles);
        this.conversions = new CampaignConversions(workspace, adoption);
        this.featureVersions = new FeatureVersions(workspace);
        this.impact = new ImpactAnalysis(workspace, adoption, retention, struggles, conversions, featureVersions);
        this.validation = new ImpactValidation(workspace);
        this.portfolio = new Portfolio(workspace, impact, targets);
        this.importer = new Importer(workspace);
        this.delivery = new Delivery(workspace, secrets);
        this.overview = new OverviewQueries(workspace);
        this.keptOriginals = new KeptOriginals(workspace);
        this.eventCatalog = new EventCatalogQueries(workspace);
        this.definitionPreview = new DefinitionPreview(adoption);
        this.metricPreview = new MetricPreview(workspace);
        this.clusterFigures = new ClusterFigures(new ExtractStore(workspace));
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Every definition each feature has had; analyses state the current one's number. */
    public FeatureVersions featureVersions() {
        return featureVersions;
    }

    /** Every event name with its people, count, first and last time seen, and platforms (the feature editor's catalogue). */
    public EventCatalogQueries eventCatalog() {
        return eventCatalog;
    }

    /** Adoption and funnel of a definition not saved yet (the feature editor's live preview). */
    public DefinitionPreview definitionPreview() {
        return definitionPreview;
    }

    /** Success metrics of a definition not saved yet, before launch and since (the feature editor's live preview). */
    public MetricPreview metricPreview() {
        return metricPreview;
    }

    public AdoptionAnalysis adoption() {
        return adoption;
    }

    /** Past launches' curves and targets placed among them. */
    public TargetHistory targets() {
        return targets;
    }

    /** Adopters' weekly retention and stickiness. */
    public Retention retention() {
        return retention;
    }

    public StruggleAnalysis struggles() {
        return struggles;
    }

    /** Adoption and funnel conversion in two windows. */
    public PeriodComparison periods() {
        return periods;
    }

    /** Struggle share and ticket rate in two windows. */
    public StrugglePeriods strugglePeriods() {
        return strugglePeriods;
    }

    /** Adoption by two attributes at once. */
    public CrossTabulation crossTabulation() {
        return crossTabulation;
    }

    public CampaignConversions conversions() {
        return conversions;
    }

    public ImpactAnalysis impact() {
        return impact;
    }

    public ImpactValidation validation() {
        return validation;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public Importer importer() {
        return importer;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** The exact figures of the Spark extract the workspace's data came from, if any. */
    public ClusterFigures clusterFigures() {
        return clusterFigures;
    }

    public OverviewQueries overview() {
        return overview;
    }

    public KeptOriginals keptOriginals() {
        return keptOriginals;
    }

    public synchronized Outreach outreach() {
        if (outreach == null) {
            outreach = new Outreach(workspace, adoption, struggles, conversions, generators, secrets);
        }
        return outreach;
    }

    public synchronized Onboarding onboarding() {
        if (onboarding == null) {
            onboarding = new Onboarding(workspace, adoption, outreach(), struggles);
        }
        return onboarding;
    }

    /** The account analysis (book of business, account pages, prediction check) on this graph's struggle analysis; built on first use. */
    public synchronized org.uptake.account.AccountAnalysis accounts() {
        if (accounts == null) {
            FeatureQueries features = new FeatureQueries(workspace);
            org.uptake.workspace.StrugglingSetStore kept = new org.uptake.workspace.StrugglingSetStore(workspace);
            accounts = new org.uptake.account.AccountAnalysis(new org.uptake.workspace.AccountStore(workspace), features,
                    new org.uptake.workspace.FeatureDefinitions(workspace), workspace.settings(),
                    new org.uptake.account.StrugglesOfAllFeatures(struggles, features, kept, new Cached<>(workspace, 4)),
                    java.util.Optional.of(new org.uptake.workspace.AccountCountStore(workspace, kept)));
        }
        return accounts;
    }

    /**
     * The workspace's watch (inbox, alert rules, alert book, digest), on this graph's importer and analyses,
     * in wall-clock time; built on first use.
     */
    public synchronized Watch watch() {
        if (watch == null) {
            Clock clock = Clock.systemUTC();
            WorkspaceSettings settings = workspace.settings();
            Inbox inbox = new Inbox(() -> inboxes(WatchSettings.of(settings)), importer, new InboxLog(workspace), clock);
            AlertRules rules = new AlertRules(AlertRules.withAccounts(() -> accounts().book()), adoption, struggles,
                    new FeatureQueries(workspace), workspace);
            watch = new Watch(workspace.name(), settings, inbox, rules, new AlertBook(new AlertStore(workspace), clock),
                    new DigestWriter(List.of(new DigestMarkdown(), new DigestHtml(), new DigestPdf()), workspace.folder(),
                            workspace.exportsFolder()), digestMail());
        }
        return watch;
    }

    /** The digest by email, to the analyst's own address only, through the outreach SMTP settings. */
    private org.uptake.watch.DigestMail digestMail() {
        org.uptake.outreach.AnalystMail mail = new org.uptake.outreach.AnalystMail(workspace, secrets);
        return (to, digest) -> mail.send(to, "Uptake digest: " + digest.workspace() + " as of " + digest.asOf(),
                org.uptake.watch.DigestMarkdown.text(digest), org.uptake.watch.DigestHtml.page(digest));
    }

    /** Inbox folders as the watch settings name them; a relative one lies in the workspace's folder. */
    public List<Path> inboxes(WatchSettings settings) {
        return settings.inboxes().stream().map(p -> workspace.folder().resolve(p).toAbsolutePath().normalize()).toList();
    }
}
