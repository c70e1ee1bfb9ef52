package org.uptake.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The workspace and feature every per-feature command takes. */
final class FeatureOptions {

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--feature", required = true, paramLabel = "K", description = "The feature's key.")
    String feature;
}
