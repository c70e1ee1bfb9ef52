package org.uptake.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workspace and feature every per-feature command takes. */
final class FeatureOptions {

    @Parameters(index = "0", paramLabel = "<workspace>", description = "The workspace folder.")
    Path folder;

    @Option(names = "--feature", required = true, paramLabel = "K", description = "The feature's key.")
    String feature;
}
