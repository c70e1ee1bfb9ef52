package org.uptake.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code uptake} command; its subcommands do the work. */
@Command(name = "uptake",
        mixinStandardHelpOptions = true,
        scope = picocli.CommandLine.ScopeType.INHERIT,
        versionProvider = UptakeCommand.VersionProvider.class,
        description = "Feature-adoption workbench. Without a command, opens the desktop app.",
        subcommands = {InitCommand.class, InfoCommand.class, ImportCommand.class, AdoptionCommand.class, FunnelCommand.class, StrugglesCommand.class, OutreachCommand.class, OnboardingCommand.class, ImpactCommand.class, PortfolioCommand.class, TargetsCommand.class, FeaturesCommand.class, AccountsCommand.class, AccountCommand.class,
            WatchCommand.class, DigestCommand.class, SampleCommand.class, BenchCommand.class})
final class UptakeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run `uptake --help` to see them.");
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Uptake " + Version.current()};
        }
    }
}
