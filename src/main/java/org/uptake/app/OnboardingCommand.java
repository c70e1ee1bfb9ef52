package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.model.Message;
import org.uptake.model.Progress;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.Secrets;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code uptake onboarding <ws> --feature K generate|list|approve|reject|export}: content from the launch brief, reviewed. */
@Command(name = "onboarding", description = {"Onboarding content for a feature, from its launch brief. Actions:",
        "  generate        tooltip, walkthrough, what's new, platform tips",
        "  list            the drafts and their checks",
        "  approve ID...   reject ID... --reason R",
        "  export          --out FILE.json: approved content only"})
final class OnboardingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    ExportOptions exports;

    @Parameters(index = "1", paramLabel = "<action>", description = "generate, list, approve, reject or export")
    String action;

    @Parameters(index = "2..*", paramLabel = "ID", description = "Message ids (approve, reject).")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "R", description = "reject: why.")
    String reason;

    @Option(names = "--out", paramLabel = "FILE", description = "export: the JSON file to write.")
    Path out;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who decides, for the audit trail (default: your user name).")
    String actor = System.getProperty("user.name", "analyst");

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        // The export's target is checked before the workspace opens: a refused path touches nothing.
        ExportFile outFile = "export".equals(action) ? exports.target(out, target.folder) : null;
        try (Workspace workspace = Workspace.open(target.folder)) {
            StruggleAnalysis struggles = new StruggleAnalysis(workspace);
            Outreach outreach = new Outreach(workspace, struggles, null, Secrets.in(AppFolders.configFolder()));
            Onboarding onboarding = new Onboarding(workspace, outreach, struggles);
            switch (action) {
                case "generate" -> {
                    int n = onboarding.generate(target.feature, actor, Progress.NONE);
                    w.println(options.json ? Json.write(Json.object().put("created", n)) : n + " drafts written; review them with 'list'.");
                }
                case "list" -> list(w, outreach.review().queue(target.feature, Onboarding.KIND, null));
                case "approve" -> {
                    List<String> left = outreach.review().approveAll(ids, actor);
                    w.println(options.json ? Json.write(Json.object().put("approved", ids.size() - left.size()).put("leftAsDrafts", left.size()))
                            : (ids.size() - left.size()) + " approved" + (left.isEmpty() ? "." : "; not approved:\n  " + String.join("\n  ", left)));
                    return left.isEmpty() ? 0 : 1;
                }
                case "reject" -> {
                    ids.forEach(id -> outreach.review().reject(id, reason, actor));
                    w.println(options.json ? Json.write(Json.object().put("rejected", ids.size())) : ids.size() + " rejected.");
                }
                case "export" -> {
                    if (out == null) {
                        throw new ParameterException(spec.commandLine(), "export needs --out FILE.json");
                    }
                    int n = onboarding.exportJson(target.feature, outFile, actor);
                    w.println(options.json ? Json.write(Json.object().put("exported", n).put("path", out.toString()))
                            : n + " approved pieces written to " + out + ".");
                }
                default -> throw new ParameterException(spec.commandLine(), "Unknown action '" + action
                        + "': generate, list, approve, reject or export.");
            }
        }
        return 0;
    }

    private void list(PrintWriter w, List<Message> messages) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        StringBuilder t = new StringBuilder();
        for (Message m : messages) {
            var node = array.addObject().put("id", m.id()).put("channel", m.channel().name().toLowerCase(Locale.ROOT))
                    .put("audience", m.audience()).put("status", m.status().name().toLowerCase(Locale.ROOT)).put("title", m.subject())
                    .put("text", m.body());
            m.problems().forEach(node.withArray("problems")::add);
            t.append(String.format("#%d %s %s for %s%n  %s%n  %s%n", m.id(), m.status().name().toLowerCase(Locale.ROOT),
                    m.channel().label(), m.audience(), m.subject(), m.body().replace("\n", "\n  ")));
            if (!m.problems().isEmpty()) {
                t.append("  CHECKS: ").append(String.join("; ", m.problems())).append('\n');
            }
        }
        w.println(options.json ? Json.write(array) : messages.isEmpty() ? "No onboarding content yet: run 'generate'." : t.toString().stripTrailing());
    }
}
