package org.uptake.app;

import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.gui.adoption.CrossBreakdownViewModel;
import org.uptake.gui.compare.ComparePane;
import org.uptake.gui.compare.CompareViewModel;
import org.uptake.gui.compare.ComparedFigures;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.uptake.gui.adoption.AdoptionView;
import org.uptake.gui.adoption.AdoptionViewModel;
import org.uptake.gui.adoption.HistoryViewModel;
import org.uptake.gui.common.FilesChooser;
import org.uptake.gui.common.SaveTarget;
import org.uptake.gui.imports.ImportView;
import org.uptake.gui.impact.ImpactView;
import org.uptake.gui.impact.ImpactViewModel;
import org.uptake.gui.impact.PortfolioView;
import org.uptake.gui.onboarding.OnboardingView;
import org.uptake.gui.onboarding.OnboardingViewModel;
import org.uptake.gui.outreach.OutreachView;
import org.uptake.gui.outreach.OutreachViewModel;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.gui.struggle.StrugglesView;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Secrets;
import org.uptake.gui.struggle.StrugglesViewModel;
import org.uptake.gui.imports.ImportViewModel;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.overview.OverviewView;
import org.uptake.gui.overview.OverviewViewModel;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.shell.ScreenFactory;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/** Wires each screen of a window to the services of its open workspace, one graph per workspace. */
final class Screens implements ScreenFactory {

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final FilesChooser filesChooser;
    /** The graph of the window's open workspace, or null when none is open. */
    private WorkspaceServices services;

    private final WatchWhileOpen watch;

    Screens(TaskExecutor executor, Notifier notifier, FilesChooser filesChooser, WatchWhileOpen watch) {
        this.executor = executor;
        this.notifier = notifier;
        this.filesChooser = filesChooser;
        this.watch = watch;
    }

    /**
     * The services of the window's open workspace: built when it opens (its screens and the warm-up of the
     * chosen feature share them) and let go when it closes, with everything they remember.
     */
    synchronized WorkspaceServices services(Workspace workspace, MainWindowViewModel window) {
        if (services == null || services.workspace() != workspace) {
            // The SMTP password and LLM API key: environment variables, else the user's config folder, never the workspace.
            WorkspaceServices built = WorkspaceServices.of(workspace, Secrets.in(AppFolders.configFolder()));
            services = built;
            whenClosed(workspace, window, () -> forget(built));
        }
        return services;
    }

    private synchronized void forget(WorkspaceServices closed) {
        if (services == closed) {
            services = null;
        }
    }

    @Override
    public Node create(Screen screen, Workspace workspace, MainWindowViewModel window) {
        WorkspaceServices s = services(workspace, window);
        return switch (screen) {
            case OVERVIEW -> new OverviewView(new OverviewViewModel(s.overview(), s.keptOriginals(), workspace.importsFolder(),
                    window::importFiles, workspace.readOnlyReason().orElse(null), executor, notifier));
            case IMPORT -> importScreen(s, window);
            case ADOPTION -> adoptionScreen(s, workspace, window);
            case STRUGGLES -> struggleScreen(s, workspace, window);
            case OUTREACH -> new OutreachView(new OutreachViewModel(s.outreach(), s.delivery(), s.adoption()::contacts, executor, notifier,
                    featureWhileOpen(workspace, window), saveTarget(workspace)));
            case ONBOARDING -> onboardingScreen(s, window);
            case IMPACT -> new ImpactView(impactModel(s, window));
            case PORTFOLIO -> new PortfolioView(impactModel(s, window));
            case ALERTS -> new org.uptake.gui.alerts.AlertsView(watch.alerts(s, window));
            case ACCOUNTS -> accountsScreen(s);
        };
    }

    @Override
    public void openFeatureEditor(Workspace workspace, MainWindowViewModel window, javafx.stage.Window owner, String featureKey) {
        WorkspaceServices s = services(workspace, window);
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "uptake-feature-editor");
        // A pause of 150 ms after the last keystroke before the preview reads the events.
        org.uptake.gui.features.FeatureEditorViewModel model = new org.uptake.gui.features.FeatureEditorViewModel(
                new org.uptake.gui.features.FeatureEditorServices(s, scratch), executor, notifier, java.time.Duration.ofMillis(150),
                window::refreshFeatures);
        org.uptake.gui.features.FeatureEditorWindow.show(owner, model, featureKey);
    }

    /** Exports from a screen go outside the workspace (or into its exports/, where the dialogs open), never over a file without asking. */
    private static SaveTarget saveTarget(Workspace workspace) {
        return new SaveTarget(workspace.folder());
    }

    /**
     * The window's feature choice as one workspace's screens see it. It stops following when that
     * workspace closes, so the closed workspace's screens (still listening) never start work on a
     * disposed database when the next workspace picks its feature.
     */
    private static javafx.beans.value.ObservableValue<org.uptake.model.FeatureRef> featureWhileOpen(Workspace workspace,
            MainWindowViewModel window) {
        javafx.beans.property.SimpleObjectProperty<org.uptake.model.FeatureRef> feature = new javafx.beans.property.SimpleObjectProperty<>();
        feature.bind(window.selectedFeatureProperty());
        whenClosed(workspace, window, feature::unbind);
        return feature;
    }

    /** Runs {@code then} once, when the window's workspace is no longer {@code workspace}. */
    private static void whenClosed(Workspace workspace, MainWindowViewModel window, Runnable then) {
        window.workspaceProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Workspace> obs, Workspace old, Workspace now) {
                if (now != workspace) {
                    then.run();
                    window.workspaceProperty().removeListener(this);
                }
            }
        });
    }

    private ImpactViewModel impactModel(WorkspaceServices s, MainWindowViewModel window) {
        return new ImpactViewModel(s.impact(), s.validation(), s.portfolio(), executor, notifier, featureWhileOpen(s.workspace(), window),
                saveTarget(s.workspace()), s.clusterFigures());
    }

    private Node onboardingScreen(WorkspaceServices s, MainWindowViewModel window) {
        return new OnboardingView(new OnboardingViewModel(s.onboarding(), new ReviewModel(s.outreach(), Onboarding.KIND, executor,
                notifier, featureWhileOpen(s.workspace(), window)), executor, notifier, featureWhileOpen(s.workspace(), window),
                saveTarget(s.workspace())));
    }

    private Node accountsScreen(WorkspaceServices s) {
        return new org.uptake.gui.account.AccountsView(new org.uptake.gui.account.AccountsViewModel(s.accounts(),
                new org.uptake.account.AccountPlays(s.outreach().review()), s.struggles()::timeline, executor, notifier));
    }

    /** The Adoption screen with its "Compare to" and cross-breakdown tabs. */
    private Node adoptionScreen(WorkspaceServices s, Workspace workspace, MainWindowViewModel window) {
        javafx.beans.value.ObservableValue<org.uptake.model.FeatureRef> feature = featureWhileOpen(workspace, window);
        AdoptionViewModel model = new AdoptionViewModel(s.adoption(), executor, notifier, feature, saveTarget(workspace), s.clusterFigures(),
                s.featureVersions());
        AdoptionView view = new AdoptionView(model, new HistoryViewModel(s.targets(), s.retention(), executor, notifier, feature));
        view.addTab("Compare to", new ComparePane(new CompareViewModel((key, from, to, other) -> ComparedFigures.of(s.periods().compare(key,
                ComparedPeriods.of(from, to, other, s.adoption().lastDay()), AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS)),
                executor, notifier, feature)));
        view.addCrossBreakdown(new CrossBreakdownViewModel(s.crossTabulation(), executor, notifier, feature, model.fromProperty(),
                model.toProperty()));
        return view;
    }

    /** The Struggles screen with its "Compare to" tab. */
    private Node struggleScreen(WorkspaceServices s, Workspace workspace, MainWindowViewModel window) {
        javafx.beans.value.ObservableValue<org.uptake.model.FeatureRef> feature = featureWhileOpen(workspace, window);
        StrugglesView view = new StrugglesView(new StrugglesViewModel(s.struggles(), s.adoption()::contacts, executor, notifier, feature,
                saveTarget(workspace), s.featureVersions()));
        view.addTab("Compare to", new ComparePane(new CompareViewModel((key, from, to, other) -> ComparedFigures.of(
                s.strugglePeriods().compare(key, ComparedPeriods.of(from, to, other, s.adoption().lastDay()),
                        org.uptake.model.Progress.NONE)), executor, notifier, feature)));
        return view;
    }

    private Node importScreen(WorkspaceServices s, MainWindowViewModel window) {
        Workspace workspace = s.workspace();
        ImportViewModel viewModel = new ImportViewModel(s.importer(), executor, notifier, window::refreshFeatures,
                saveTarget(workspace));
        ListChangeListener<Path> takeDropped = change -> {
            if (!window.filesToImport().isEmpty()) {
                List<Path> files = List.copyOf(window.filesToImport());
                window.filesToImport().clear();
                viewModel.addFiles(files);
            }
        };
        window.filesToImport().addListener(takeDropped);
        // Once another workspace opens, this screen is gone: dropped files must not reach it.
        whenClosed(workspace, window, () -> window.filesToImport().removeListener(takeDropped));
        takeDropped.onChanged(null);
        return new ImportView(viewModel, filesChooser);
    }
}
