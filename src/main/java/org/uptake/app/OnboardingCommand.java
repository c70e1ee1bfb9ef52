package org.uptake.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.model.Message;
import org.uptake.model.Progress;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Outreach;
import org.uptake.workspace.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uptake onboarding <ws> --feature K generate|list|approve|reject|export}: content from the launch brief, reviewed. */
@Command(name = "onboarding", description = {"Onboarding content for a feature, from its launch brief. Actions:",
        "  generate        tooltip, walkthrough, what's new, platform tips",
        "  list            the drafts and their checks",
        "  approve ID...   reject ID... --reason R",
        "  export          --out FILE.json: approved content only"})
final class OnboardingCommand implements Callable<Integer> {

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

    /** What {@code generate --json} prints. */
    record Created(int created) {
    }

    /** What {@code reject --json} prints. */
    record Rejected(int rejected) {
    }

    /** What {@code export --json} prints. */
    record Exported(int exported, String path) {
    }

    /** One piece of content as {@code list --json} prints it. */
    record Piece(long id, String channel, String audience, String status, String title, String text, List<String> problems) {

        static Piece of(Message m) {
            return new Piece(m.id(), OutreachJson.lower(m.channel()), m.audience(), OutreachJson.lower(m.status()), m.subject(), m.body(),
                    m.problems());
        }
    }

    @Override
    public Integer call() {
        // The export's target is checked before the workspace opens: a refused path touches nothing.
        ExportFile outFile = "export".equals(action) ? exports.target(out, target.workspace.folder) : null;
        return target.workspace.read(services -> act(services.onboarding(), services.outreach(), outFile));
    }

    private int act(Onboarding onboarding, Outreach outreach, ExportFile outFile) {
        switch (action) {
            case "generate" -> {
                int n = onboarding.generate(target.feature, actor, Progress.NONE);
                options.print(new Created(n), n + " drafts written; review them with 'list'.");
            }
            case "list" -> list(outreach.review().queue(target.feature, Onboarding.KIND, null));
            case "approve" -> {
                List<String> left = outreach.review().approveAll(ids, actor);
                options.print(new OutreachJson.Approved(ids.size() - left.size(), left.size()), (ids.size() - left.size()) + " approved"
                        + (left.isEmpty() ? "." : "; not approved:\n  " + String.join("\n  ", left)));
                return left.isEmpty() ? 0 : 1;
            }
            case "reject" -> {
                ids.forEach(id -> outreach.review().reject(id, reason, actor));
                options.print(new Rejected(ids.size()), ids.size() + " rejected.");
            }
            case "export" -> {
                if (out == null) {
                    throw options.usage("export needs --out FILE.json");
                }
                int n = onboarding.exportJson(target.feature, outFile, actor);
                options.print(new Exported(n, out.toString()), n + " approved pieces written to " + out + ".");
            }
            default -> throw options.usage("Unknown action '" + action + "': generate, list, approve, reject or export.");
        }
        return 0;
    }

    private void list(List<Message> messages) {
        StringBuilder t = new StringBuilder();
        for (Message m : messages) {
            t.append(String.format("#%d %s %s for %s%n  %s%n  %s%n", m.id(), OutreachJson.lower(m.status()),
                    m.channel().label(), m.audience(), m.subject(), m.body().replace("\n", "\n  ")));
            if (!m.problems().isEmpty()) {
                t.append("  CHECKS: ").append(String.join("; ", m.problems())).append('\n');
            }
        }
        options.print(messages.stream().map(Piece::of).toList(),
                messages.isEmpty() ? "No onboarding content yet: run 'generate'." : t.toString().stripTrailing());
    }
}
