package org.uptake.app;

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
import org.uptake.services.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        return target.workspace.read(this::act);
    }

    private int act(WorkspaceServices services) {
        Outreach outreach = services.outreach();
        outreach.secretsMoved().forEach(options.err()::println);
        switch (action) {
            case "plan" -> plan(outreach.plan(target.feature, Progress.NONE));
            case "drafts" -> {
                Outreach.Drafted d = outreach.draft(target.feature, actor, Progress.NONE);
                options.print(d, String.format("%,d drafts written by %s (%,d fail a check and need an edit); %,d people already had one;"
                        + " %,d more people held out as the control group.", d.created(), d.generator(), d.failingChecks(),
                        d.alreadyQueued(), d.heldOut()));
            }
            case "list" -> list(outreach.review().queue(target.feature, status == null ? null : parseStatus(status)));
            case "edit" -> {
                if (args.size() != 1 || subject == null && body == null) {
                    throw options.usage("edit takes one message id and --subject S, --body B or both.");
                }
                long id = id(0);
                outreach.review().ofFeature(target.feature, Outreach.KIND, List.of(id));
                list(List.of(outreach.review().edit(id, subject, body, actor)));
            }
            case "approve" -> {
                return approve(outreach);
            }
            case "reject" -> {
                if (reason == null || reason.isBlank()) {
                    throw options.usage("reject needs --reason R: it stays in the audit trail.");
                }
                for (Message m : outreach.review().ofFeature(target.feature, Outreach.KIND, ids())) {
                    outreach.review().reject(m.id(), reason, actor);
                }
                options.print(new Rejected(args.size()), args.size() + " rejected.");
            }
            case "export" -> export(services.delivery(), outreach);
            case "send" -> {
                Delivery.Delivered d = outreach.withOwnControl(target.feature, services.delivery().sendSmtp(target.feature,
                        args.isEmpty() ? null : ids(), actor));
                options.print(OutreachJson.Delivered.of("sent", d, false), String.format("%,d emails sent (campaign %s, %,d"
                        + " held-out people as its control).", d.messages(), d.campaignId(), d.controlPeople()) + backToReview(d));
            }
            case "conversion" -> conversion(outreach.conversion(target.feature));
            case "set" -> {
                for (String a : args) {
                    int eq = a.indexOf('=');
                    if (eq < 0) {
                        throw options.usage("set takes NAME=VALUE, e.g. outreach.capDays=14");
                    }
                    outreach.set(a.substring(0, eq), a.substring(eq + 1));
                }
                options.print(new Saved(args.size()), "Saved.");
            }
            default -> throw options.usage("Unknown action '" + action
                    + "': plan, drafts, list, edit, approve, reject, export, send, conversion or set.");
        }
        return 0;
    }

    /** What {@code reject --json} prints. */
    record Rejected(int rejected) {
    }

    /** What {@code set --json} prints. */
    record Saved(int set) {
    }

    private int approve(Outreach outreach) {
        if (all && !args.isEmpty()) {
            throw options.usage("approve takes message ids or --all --yes, not both.");
        }
        List<Long> ids = all ? outreach.review().queue(target.feature, MessageStatus.DRAFT).stream().map(Message::id).toList() : ids();
        outreach.review().ofFeature(target.feature, Outreach.KIND, ids);
        if (all && !yes) {
            throw options.usage("approve --all would approve " + ids.size() + " drafts; add --yes to confirm.");
        }
        List<String> left = outreach.review().approveAll(ids, actor);
        options.print(new OutreachJson.Approved(ids.size() - left.size(), left.size()), String.format("%,d approved; %,d left as drafts%s",
                ids.size() - left.size(), left.size(), left.isEmpty() ? "." : ":\n  " + String.join("\n  ", left)));
        return left.isEmpty() ? 0 : 1;
    }

    private long id(int index) {
        if (args.size() <= index) {
            throw options.usage(action + " needs a message id.");
        }
        try {
            return Long.parseLong(args.get(index));
        } catch (NumberFormatException e) {
            throw options.usage("'" + args.get(index) + "' is not a message id.");
        }
    }

    private List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            ids.add(id(i));
        }
        if (ids.isEmpty()) {
            throw options.usage(action + " needs message ids" + (action.equals("approve") ? " or --all --yes." : "."));
        }
        return ids;
    }

    private MessageStatus parseStatus(String s) {
        try {
            return MessageStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw options.usage("--status is draft, approved, rejected, sent or superseded.");
        }
    }

    private void plan(OutreachPlan plan) {
        StringBuilder t = new StringBuilder(String.format("%s — outreach plan as of %s%n", plan.feature().name(), plan.asOf()));
        for (Audience a : Audience.values()) {
            t.append(String.format("  %-46s %,6d people%n", a.label(), plan.in(a).size()));
        }
        t.append(String.format("Routed: %,d in-app, %,d email, %,d CSM tasks · capped %,d · opted out %,d · held out %,d%n",
                plan.byChannel().getOrDefault(Channel.IN_APP, 0), plan.byChannel().getOrDefault(Channel.EMAIL, 0),
                plan.byChannel().getOrDefault(Channel.CSM_TASK, 0), plan.byOutcome().get(PlannedContact.Outcome.CAPPED),
                plan.byOutcome().get(PlannedContact.Outcome.OPTED_OUT), plan.byOutcome().get(PlannedContact.Outcome.HELD_OUT)));
        if (people) {
            for (PlannedContact c : plan.contacts()) {
                t.append(String.format("  %-9s %-12s %-10s %-9s %s — %s%n", c.person().userId(), OutreachJson.lower(c.audience()),
                        c.outcome().label(), c.channel() == null ? "" : c.channel().label(), c.why(), c.note()));
            }
        }
        options.print(OutreachJson.Plan.of(plan, people), t.toString().stripTrailing());
    }

    private void list(List<Message> messages) {
        StringBuilder t = new StringBuilder();
        for (Message m : messages) {
            t.append(String.format("#%d %s %s %s → %s%n  %s%n  %s%n", m.id(), OutreachJson.lower(m.status()),
                    m.channel().label(), m.audience(), m.userId(), m.subject(), m.body().replace("\n", "\n  ")));
            if (!m.problems().isEmpty()) {
                t.append("  CHECKS: ").append(String.join("; ", m.problems())).append('\n');
            }
        }
        options.print(messages.stream().map(OutreachJson.Queued::of).toList(),
                messages.isEmpty() ? "The queue is empty." : t.toString().stripTrailing());
    }

    private void export(Delivery delivery, Outreach outreach) {
        if (channel == null || out == null) {
            throw options.usage("export needs --channel email|in-app|csm and --out PATH.");
        }
        String c = channel.toLowerCase(Locale.ROOT);
        if (eml && !c.equals("email")) {
            throw options.usage("--eml goes with --channel email only.");
        }
        Delivery.Delivered d = switch (c) {
            case "email" -> eml ? delivery.emlFiles(target.feature, out, force, actor) : delivery.emailCsv(target.feature, out, force, actor);
            case "in-app", "inapp" -> delivery.inAppJson(target.feature, out, force, actor);
            case "csm" -> delivery.csmTasksCsv(target.feature, out, force, actor);
            default -> throw options.usage("--channel is email, in-app or csm.");
        };
        if (d.messages() == 0) {
            options.print(OutreachJson.Delivered.of("exported", d, false), "Nothing exported and no file written: no approved " + c
                    + " messages of " + target.feature + " are waiting. Approve drafts first." + backToReview(d));
            return;
        }
        d = outreach.withOwnControl(target.feature, d);
        options.print(OutreachJson.Delivered.of("exported", d, true),
                String.format("%,d approved messages exported to %s (campaign %s, %,d held-out people as its control).", d.messages(),
                        d.where(), d.campaignId(), d.controlPeople()) + backToReview(d));
    }


    /** The approvals a delivery found void, one line each. */
    private static String backToReview(Delivery.Delivered d) {
        return d.backToReview().isEmpty() ? "" : String.format("%n%d approvals no longer held and went back to review:%n  ",
                d.backToReview().size()) + String.join(String.format("%n  "), d.backToReview());
    }

    private void conversion(List<CampaignConversion> campaigns) {
        StringBuilder t = new StringBuilder();
        for (CampaignConversion c : campaigns) {
            t.append(String.format(Locale.ROOT, "%s (sent %s, data to %s)%n  within 48 h: contacted %s vs control %s; uplift %s%n"
                            + "  within 7 days: contacted %s vs control %s; uplift %s%n", c.campaignId(), c.sentAt(),
                    c.dataEnd() == null ? "no events" : c.dataEnd(), c.text48h(c.contacted()), c.text48h(c.control()), c.within48h().text(),
                    c.text7d(c.contacted()), c.text7d(c.control()), c.within7d().text()));
        }
        options.print(campaigns.stream().map(OutreachJson.Conversion::of).toList(),
                campaigns.isEmpty() ? "No campaign was sent since the feature's launch." : t.toString().stripTrailing());
    }
}
