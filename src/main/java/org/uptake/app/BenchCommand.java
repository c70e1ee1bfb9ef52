package org.uptake.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code uptake bench …}: measures speed and memory on generated data; figures go to docs/PERFORMANCE.md. */
@Command(name = "bench", description = "Measure speed and memory on generated data.", subcommands = {BenchImportCommand.class, BenchAdoptionCommand.class, BenchStrugglesCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to measure, e.g. `uptake bench import`.");
    }
}
