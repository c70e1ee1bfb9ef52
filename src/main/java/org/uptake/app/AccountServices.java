package org.uptake.app;

import org.uptake.account.AccountAnalysis;
import org.uptake.account.StrugglesOfAllFeatures;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** Wires the account analysis for one open workspace (until the shared service graph takes it over). */
final class AccountServices {

    private AccountServices() {
    }

    static AccountAnalysis analysis(Workspace workspace) {
        FeatureQueries features = new FeatureQueries(workspace);
        return new AccountAnalysis(new AccountStore(workspace), features, new FeatureDefinitions(workspace),
                new WorkspaceSettings(workspace.dataSource()), new StrugglesOfAllFeatures(new StruggleAnalysis(workspace), features));
    }
}
