package org.uptake;

import org.uptake.outreach.CopyGenerator;
import org.uptake.outreach.Secrets;
import org.uptake.services.WorkspaceServices;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.Workspace;

/** The service graph most tests use: TF-IDF ticket matching (no model to load), copy as the settings say, secrets from the environment. */
public final class TestServices {

    private TestServices() {
    }

    public static WorkspaceServices of(Workspace workspace) {
        return of(workspace, Secrets.environmentOnly());
    }

    public static WorkspaceServices of(Workspace workspace, Secrets secrets) {
        return new WorkspaceServices(workspace, secrets, TextSimilarities::tfIdf, CopyGenerator::fromSettings);
    }

    /** The graph the app builds (the best ticket matching available), for the tests on the generated sample. */
    public static WorkspaceServices asTheAppBuildsIt(Workspace workspace) {
        return asTheAppBuildsIt(workspace, Secrets.environmentOnly());
    }

    /** As the app builds it, with secrets kept where the test says. */
    public static WorkspaceServices asTheAppBuildsIt(Workspace workspace, Secrets secrets) {
        return WorkspaceServices.of(workspace, secrets);
    }
}
