package org.uptake.app;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command shares, and where the command's answer goes: JSON with --json, else text. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code value} as JSON with --json, else {@code text}. */
    void print(Object value, String text) {
        out().println(json ? Json.write(value) : text);
    }

    /** Bad usage of this command: exit 2 with {@code message}. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
