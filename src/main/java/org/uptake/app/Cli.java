package org.uptake.app;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: every command prints human text, or JSON with {@code --json}; exits 0 on
 * success, 2 on bad usage, 1 with one clear line on stderr for anything else.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(new UptakeCommand()), out, err, args);
    }

    /** Runs {@code commandLine} (the whole CLI, or one command a test built) with the CLI's answers to bad usage and failures. */
    static int run(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Cli::badUsage);
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            LOG.info("Command failed: {}: {}", String.join(" ", args), failure.toString());
            LOG.debug("Command failed", failure);
            boolean verbose = wantsVerbose(parseResult);
            cmd.getErr().println("uptake: " + oneLine(failure));
            if (verbose) {
                failure.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        CommandTimes.mark("output");
        CommandTimes.log(args.length == 0 ? "uptake" : args[0]);
        return code;
    }

    /** Bad usage: the reason and where to read more, one line each, and exit 2 (the full help only when asked for). */
    private static int badUsage(CommandLine.ParameterException failure, String[] args) {
        CommandLine cmd = failure.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("uptake: " + oneLine(failure));
        err.println("try " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static boolean wantsVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The failure's own message, first line only; its type when it has none. */
    static String oneLine(Throwable failure) {
        if (org.uptake.workspace.WorkspaceException.refusedAsReadOnly(failure)) {
            return "The workspace is read-only (its folder or database file cannot be written): it can be read but not changed.";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
