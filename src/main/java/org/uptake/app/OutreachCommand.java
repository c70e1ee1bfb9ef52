package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.outreach.Audience;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.OutreachPlan;
import org.uptake.outreach.PlannedContact;
import org.uptake.outreach.Secrets;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code uptake outreach <ws> --feature K <action> …}: the plan, drafts, the review queue, delivery
 * of approved messages only, and conversion against the control group.
 */
@Command(name = "outreach", description = {"Outreach for a feature. Actions:",
        "  plan            audiences, routing, capped, opted out, held out",
        "                  (--people lists everyone with why)",
        "  drafts          write drafts for the routed people",
        "  list            the review queue (--status draft|approved|...)",
        "  edit ID         --subject S and/or --body B (the other stays)",
        "  approve ID...   or --all --yes: drafts that pass their checks",
        "  reject ID...    --reason R",
        "  export          --channel email|in-app|csm --out PATH [--eml]",
        "                  [--force]; approved messages only, never into",
        "                  the workspace, never over a file without --force",
        "  send [ID...]    approved email via the SMTP server in the settings",
        "  conversion      adoption after each campaign, contacted vs held out",
        "  set NAME=VALUE  a setting, e.g. outreach.capDays=14"})
final class OutreachCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Parameters(index = "1", paramLabel = "<action>", description = "plan, drafts, list, edit, approve, reject, export, send, conversion, set")
    String action;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "Message ids (approve, reject, edit, send) or NAME=VALUE (set).")
    List<String> args = new ArrayList<>();

    @Option(names = "--people", description = "plan: list every person with their audience, why, channel and outcome.")
    boolean people;

    @Option(names = "--status", paramLabel = "S", description = "list: draft, approved, rejected or sent.")
    String status;

    @Option(names = "--all", description = "approve: every draft that passes its checks (needs --yes).")
    boolean all;

    @Option(names = "--yes", description = "Confirm approving everything.")
    boolean yes;

    @Option(names = "--reason", paramLabel = "R", description = "reject: why (kept in the audit trail).")
    String reason;

    @Option(names = "--subject", paramLabel = "S", description = "edit: the new subject or title.")
    String subject;

    @Option(names = "--body", paramLabel = "B", description = "edit: the new text.")
    String body;

    @Option(names = "--channel", paramLabel = "C", description = "export: email, in-app or csm.")
    String channel;

    @Option(names = "--out", paramLabel = "PATH", description = "export: the file (or folder, with --eml) to write.")
    Path out;

    @Option(names = "--eml", description = "export email as .eml files into the --out folder instead of one CSV.")
    boolean eml;

    @Option(names = "--force", description = "export: replace an existing file (or add to a folder that holds files).")
    boolean force;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who decides, for the audit trail (default: your user name).")
    String actor = System.getProperty("user.name", "analyst");

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(target.folder)) {
            Secrets secrets = Secrets.in(AppFolders.configFolder());
            Outreach outreach = new Outreach(workspace, secrets);
            outreach.secretsMoved().forEach(spec.commandLine().getErr()::println);
            switch (action) {
                case "plan" -> plan(w, outreach.plan(target.feature, Progress.NONE));
                case "drafts" -> {
                    Outreach.Drafted d = outreach.draft(target.feature, actor, Progress.NONE);
                    print(w, Json.object().put("created", d.created()).put("alreadyQueued", d.alreadyQueued())
                            .put("failingChecks", d.failingChecks()).put("heldOut", d.heldOut()).put("generator", d.generator()),
                            String.format("%,d drafts written by %s (%,d fail a check and need an edit); %,d people already had one;"
                                    + " %,d more people held out as the control group.", d.created(), d.generator(), d.failingChecks(),
                                    d.alreadyQueued(), d.heldOut()));
                }
                case "list" -> list(w, outreach.review().queue(target.feature, status == null ? null : parseStatus(status)));
                case "edit" -> {
                    if (args.size() != 1 || subject == null && body == null) {
                        throw new ParameterException(spec.commandLine(), "edit takes one message id and --subject S, --body B or both.");
                    }
                    long id = id(0);
                    outreach.review().ofFeature(target.feature, Outreach.KIND, List.of(id));
                    Message m = outreach.review().edit(id, subject, body, actor);
                    list(w, List.of(m));
                }
                case "approve" -> {
                    if (all && !args.isEmpty()) {
                        throw new ParameterException(spec.commandLine(), "approve takes message ids or --all --yes, not both.");
                    }
                    List<Long> ids = all ? outreach.review().queue(target.feature, MessageStatus.DRAFT).stream().map(Message::id).toList() : ids();
                    outreach.review().ofFeature(target.feature, Outreach.KIND, ids);
                    if (all && !yes) {
                        throw new ParameterException(spec.commandLine(), "approve --all would approve " + ids.size()
                                + " drafts; add --yes to confirm.");
                    }
                    List<String> left = outreach.review().approveAll(ids, actor);
                    print(w, Json.object().put("approved", ids.size() - left.size()).put("leftAsDrafts", left.size()),
                            String.format("%,d approved; %,d left as drafts%s", ids.size() - left.size(), left.size(),
                                    left.isEmpty() ? "." : ":\n  " + String.join("\n  ", left)));
                    return left.isEmpty() ? 0 : 1;
                }
                case "reject" -> {
                    if (reason == null || reason.isBlank()) {
                        throw new ParameterException(spec.commandLine(), "reject needs --reason R: it stays in the audit trail.");
                    }
                    for (Message m : outreach.review().ofFeature(target.feature, Outreach.KIND, ids())) {
                        outreach.review().reject(m.id(), reason, actor);
                    }
                    print(w, Json.object().put("rejected", args.size()), args.size() + " rejected.");
                }
                case "export" -> export(w, new Delivery(workspace, secrets), outreach);
                case "send" -> {
                    Delivery.Delivered d = outreach.withOwnControl(target.feature, new Delivery(workspace, secrets).sendSmtp(target.feature,
                            args.isEmpty() ? null : ids(), actor));
                    print(w, delivered(Json.object().put("sent", d.messages()), d), String.format("%,d emails sent (campaign %s, %,d"
                            + " held-out people as its control).", d.messages(), d.campaignId(), d.controlPeople()) + backToReview(d));
                }
                case "conversion" -> conversion(w, outreach.conversion(target.feature));
                case "set" -> {
                    for (String a : args) {
                        int eq = a.indexOf('=');
                        if (eq < 0) {
                            throw new ParameterException(spec.commandLine(), "set takes NAME=VALUE, e.g. outreach.capDays=14");
                        }
                        outreach.set(a.substring(0, eq), a.substring(eq + 1));
                    }
                    print(w, Json.object().put("set", args.size()), "Saved.");
                }
                default -> throw new ParameterException(spec.commandLine(), "Unknown action '" + action
                        + "': plan, drafts, list, edit, approve, reject, export, send, conversion or set.");
            }
        }
        return 0;
    }

    private void print(PrintWriter w, ObjectNode json, String text) {
        w.println(options.json ? Json.write(json) : text);
    }

    private long id(int index) {
        if (args.size() <= index) {
            throw new ParameterException(spec.commandLine(), action + " needs a message id.");
        }
        try {
            return Long.parseLong(args.get(index));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "'" + args.get(index) + "' is not a message id.");
        }
    }

    private List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            ids.add(id(i));
        }
        if (ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), action + " needs message ids" + (action.equals("approve") ? " or --all --yes." : "."));
        }
        return ids;
    }

    private MessageStatus parseStatus(String s) {
        try {
            return MessageStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--status is draft, approved, rejected, sent or superseded.");
        }
    }

    private void plan(PrintWriter w, OutreachPlan plan) {
        ObjectNode root = Json.object().put("feature", plan.feature().key()).put("asOf", plan.asOf().toString());
        ArrayNode audiences = root.putArray("audiences");
        StringBuilder t = new StringBuilder(String.format("%s — outreach plan as of %s%n", plan.feature().name(), plan.asOf()));
        for (Audience a : Audience.values()) {
            List<PlannedContact> in = plan.in(a);
            ObjectNode node = audiences.addObject().put("audience", a.name().toLowerCase(Locale.ROOT)).put("label", a.label())
                    .put("people", in.size());
            t.append(String.format("  %-46s %,6d people%n", a.label(), in.size()));
            for (PlannedContact.Outcome o : PlannedContact.Outcome.values()) {
                node.put(o.name().toLowerCase(Locale.ROOT), in.stream().filter(c -> c.outcome() == o).count());
            }
            for (Channel c : List.of(Channel.IN_APP, Channel.EMAIL, Channel.CSM_TASK)) {
                node.put(c.name().toLowerCase(Locale.ROOT), in.stream().filter(x -> x.outcome() == PlannedContact.Outcome.ROUTED
                        && x.channel() == c).count());
            }
        }
        ObjectNode routed = root.putObject("routed");
        plan.byChannel().forEach((c, n) -> routed.put(c.name().toLowerCase(Locale.ROOT), n));
        ObjectNode outcomes = root.putObject("outcomes");
        plan.byOutcome().forEach((o, n) -> outcomes.put(o.name().toLowerCase(Locale.ROOT), n));
        t.append(String.format("Routed: %,d in-app, %,d email, %,d CSM tasks · capped %,d · opted out %,d · held out %,d%n",
                plan.byChannel().getOrDefault(Channel.IN_APP, 0), plan.byChannel().getOrDefault(Channel.EMAIL, 0),
                plan.byChannel().getOrDefault(Channel.CSM_TASK, 0), plan.byOutcome().get(PlannedContact.Outcome.CAPPED),
                plan.byOutcome().get(PlannedContact.Outcome.OPTED_OUT), plan.byOutcome().get(PlannedContact.Outcome.HELD_OUT)));
        if (people) {
            ArrayNode list = root.putArray("people");
            for (PlannedContact c : plan.contacts()) {
                list.addObject().put("userId", c.person().userId()).put("audience", c.audience().name().toLowerCase(Locale.ROOT))
                        .put("why", c.why()).put("cluster", c.cluster()).put("outcome", c.outcome().name().toLowerCase(Locale.ROOT))
                        .put("channel", c.channel() == null ? null : c.channel().name().toLowerCase(Locale.ROOT)).put("note", c.note());
                t.append(String.format("  %-9s %-12s %-10s %-9s %s — %s%n", c.person().userId(), c.audience().name().toLowerCase(Locale.ROOT),
                        c.outcome().label(), c.channel() == null ? "" : c.channel().label(), c.why(), c.note()));
            }
        }
        w.println(options.json ? Json.write(root) : t.toString().stripTrailing());
    }

    private void list(PrintWriter w, List<Message> messages) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        StringBuilder t = new StringBuilder();
        for (Message m : messages) {
            ObjectNode node = array.addObject().put("id", m.id()).put("userId", m.userId()).put("audience", m.audience())
                    .put("channel", m.channel().name().toLowerCase(Locale.ROOT)).put("status", m.status().name().toLowerCase(Locale.ROOT))
                    .put("subject", m.subject()).put("body", m.body()).put("reason", m.reason());
            m.problems().forEach(node.withArray("problems")::add);
            t.append(String.format("#%d %s %s %s → %s%n  %s%n  %s%n", m.id(), m.status().name().toLowerCase(Locale.ROOT),
                    m.channel().label(), m.audience(), m.userId(), m.subject(), m.body().replace("\n", "\n  ")));
            if (!m.problems().isEmpty()) {
                t.append("  CHECKS: ").append(String.join("; ", m.problems())).append('\n');
            }
        }
        w.println(options.json ? Json.write(array) : messages.isEmpty() ? "The queue is empty." : t.toString().stripTrailing());
    }

    private void export(PrintWriter w, Delivery delivery, Outreach outreach) {
        if (channel == null || out == null) {
            throw new ParameterException(spec.commandLine(), "export needs --channel email|in-app|csm and --out PATH.");
        }
        String c = channel.toLowerCase(Locale.ROOT);
        if (eml && !c.equals("email")) {
            throw new ParameterException(spec.commandLine(), "--eml goes with --channel email only.");
        }
        Delivery.Delivered d = switch (c) {
            case "email" -> eml ? delivery.emlFiles(target.feature, out, force, actor) : delivery.emailCsv(target.feature, out, force, actor);
            case "in-app", "inapp" -> delivery.inAppJson(target.feature, out, force, actor);
            case "csm" -> delivery.csmTasksCsv(target.feature, out, force, actor);
            default -> throw new ParameterException(spec.commandLine(), "--channel is email, in-app or csm.");
        };
        if (d.messages() == 0) {
            print(w, delivered(Json.object().put("exported", 0), d), "Nothing exported and no file written: no approved " + c
                    + " messages of " + target.feature + " are waiting. Approve drafts first." + backToReview(d));
            return;
        }
        d = outreach.withOwnControl(target.feature, d);
        print(w, delivered(Json.object().put("exported", d.messages()), d).put("path", d.where().toString()),
                String.format("%,d approved messages exported to %s (campaign %s, %,d held-out people as its control).", d.messages(),
                        d.where(), d.campaignId(), d.controlPeople()) + backToReview(d));
    }


    private static ObjectNode delivered(ObjectNode json, Delivery.Delivered d) {
        json.put("campaign", d.campaignId()).put("controlPeople", d.controlPeople());
        d.backToReview().forEach(json.putArray("backToReview")::add);
        return json;
    }

    /** The approvals a delivery found void, one line each. */
    private static String backToReview(Delivery.Delivered d) {
        return d.backToReview().isEmpty() ? "" : String.format("%n%d approvals no longer held and went back to review:%n  ",
                d.backToReview().size()) + String.join(String.format("%n  "), d.backToReview());
    }

    private void conversion(PrintWriter w, List<CampaignConversion> campaigns) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        StringBuilder t = new StringBuilder();
        for (CampaignConversion c : campaigns) {
            array.add(conversionJson(c));
            t.append(String.format(Locale.ROOT, "%s (sent %s, data to %s)%n  within 48 h: contacted %s vs control %s; uplift %s%n"
                            + "  within 7 days: contacted %s vs control %s; uplift %s%n", c.campaignId(), c.sentAt(),
                    c.dataEnd() == null ? "no events" : c.dataEnd(), c.text48h(c.contacted()), c.text48h(c.control()), c.within48h().text(),
                    c.text7d(c.contacted()), c.text7d(c.control()), c.within7d().text()));
        }
        w.println(options.json ? Json.write(array) : campaigns.isEmpty() ? "No campaign was sent since the feature's launch." : t.toString().stripTrailing());
    }

    /** A campaign's figures; a window the data does not cover yet, or a campaign without control, carries its reason and no numbers. */
    static ObjectNode conversionJson(CampaignConversion c) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("campaign", c.campaignId()).put("sentAt", c.sentAt().toString())
                .put("dataEnd", c.dataEnd() == null ? null : c.dataEnd().toString());
        for (String arm : List.of("contacted", "control")) {
            CampaignConversion.Group g = arm.equals("contacted") ? c.contacted() : c.control();
            ObjectNode a = node.putObject(arm).put("people", g.people());
            if (c.observed48h()) {
                a.put("within48h", g.within48h()).put("rate48h", g.rate48h());
            }
            if (c.observed7d()) {
                a.put("within7d", g.within7d()).put("rate7d", g.rate7d());
            }
        }
        uplift(node.putObject("uplift48h"), c.within48h());
        uplift(node.putObject("uplift7d"), c.within7d());
        return node;
    }

    private static void uplift(ObjectNode node, CampaignConversion.Uplift u) {
        node.put("measurable", u.measured());
        if (u.measured()) {
            node.put("value", u.value()).put("low", u.low()).put("high", u.high());
        } else {
            node.put("reason", u.notMeasurable());
        }
    }
}
