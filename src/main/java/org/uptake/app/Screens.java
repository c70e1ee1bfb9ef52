package org.uptake.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.gui.adoption.AdoptionView;
import org.uptake.gui.adoption.AdoptionViewModel;
import org.uptake.gui.common.FilesChooser;
import org.uptake.gui.common.SaveTarget;
import org.uptake.gui.imports.ImportView;
import org.uptake.gui.impact.ImpactView;
import org.uptake.gui.impact.ImpactViewModel;
import org.uptake.gui.impact.PortfolioView;
import org.uptake.gui.onboarding.OnboardingView;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.Portfolio;
import org.uptake.gui.outreach.OutreachView;
import org.uptake.gui.outreach.OutreachViewModel;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.gui.struggle.StrugglesView;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.Secrets;
import org.uptake.gui.struggle.StrugglesViewModel;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.gui.imports.ImportViewModel;
import org.uptake.ingest.Importer;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.overview.OverviewView;
import org.uptake.gui.overview.OverviewViewModel;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.shell.ScreenFactory;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/** Wires each screen to the services of an open workspace. */
final class Screens implements ScreenFactory {

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final FilesChooser filesChooser;

    Screens(TaskExecutor executor, Notifier notifier, FilesChooser filesChooser) {
        this.executor = executor;
        this.notifier = notifier;
        this.filesChooser = filesChooser;
    }

    @Override
    public Node create(Screen screen, Workspace workspace, MainWindowViewModel window) {
        return switch (screen) {
            case OVERVIEW -> new OverviewView(new OverviewViewModel(new OverviewQueries(workspace), new KeptOriginals(workspace),
                    workspace.importsFolder(), window::importFiles, workspace.readOnlyReason().orElse(null), executor, notifier));
            case IMPORT -> importScreen(workspace, window);
            case ADOPTION -> new AdoptionView(new AdoptionViewModel(new AdoptionAnalysis(workspace), executor, notifier,
                    featureWhileOpen(workspace, window)), saveTarget(workspace));
            case STRUGGLES -> new StrugglesView(new StrugglesViewModel(new StruggleAnalysis(workspace), executor, notifier,
                    featureWhileOpen(workspace, window)), saveTarget(workspace));
            case OUTREACH -> new OutreachView(new OutreachViewModel(new Outreach(workspace, secrets()), new Delivery(workspace, secrets()),
                    executor, notifier, featureWhileOpen(workspace, window)));
            case ONBOARDING -> onboardingScreen(workspace, window);
            case IMPACT -> new ImpactView(impactModel(workspace, window), saveTarget(workspace));
            case PORTFOLIO -> new PortfolioView(impactModel(workspace, window), saveTarget(workspace));
            case ACCOUNTS -> accountsScreen(workspace);
        };
    }

    /** Exports from a screen go outside the workspace (or into its exports/), never over a file without asking. */
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

    /** The SMTP password and LLM API key: environment variables, else the user's config folder, never the workspace. */
    private static Secrets secrets() {
        return Secrets.in(AppFolders.configFolder());
    }

    private ImpactViewModel impactModel(Workspace workspace, MainWindowViewModel window) {
        ImpactAnalysis impact = new ImpactAnalysis(workspace);
        return new ImpactViewModel(impact, new ImpactValidation(workspace), new Portfolio(workspace, impact), executor, notifier,
                featureWhileOpen(workspace, window));
    }

    private Node accountsScreen(Workspace workspace) {
        StruggleAnalysis struggles = new StruggleAnalysis(workspace);
        return new org.uptake.gui.account.AccountsView(new org.uptake.gui.account.AccountsViewModel(AccountServices.analysis(workspace),
                new org.uptake.account.AccountPlays(new Outreach(workspace, struggles, null, secrets()).review()),
                struggles::timeline, executor, notifier));
    }

    private Node onboardingScreen(Workspace workspace, MainWindowViewModel window) {
        StruggleAnalysis struggles = new StruggleAnalysis(workspace);
        Outreach outreach = new Outreach(workspace, struggles, null, secrets());
        return new OnboardingView(new Onboarding(workspace, outreach, struggles),
                new ReviewModel(outreach, Onboarding.KIND, executor, notifier, featureWhileOpen(workspace, window)), executor, notifier,
                featureWhileOpen(workspace, window), saveTarget(workspace));
    }

    private Node importScreen(Workspace workspace, MainWindowViewModel window) {
        ImportViewModel viewModel = new ImportViewModel(new Importer(workspace), executor, notifier, window::refreshFeatures);
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
        return new ImportView(viewModel, filesChooser, saveTarget(workspace));
    }
}
