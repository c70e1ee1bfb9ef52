package org.uptake.gui.shell;

/**
 * The screens of the main window (DESIGN §7), in sidebar order; Ctrl+1…9 follow this order.
 * Each one that is not built yet carries what will appear on it and the data it needs.
 */
public enum Screen {
    OVERVIEW("Overview", "What this workspace holds: people, accounts, events and their dates, features, tickets and recent imports.",
            "Nothing: it shows whatever has been imported."),
    IMPORT("Import",
            "Drop product-analytics exports anywhere on the window (or press Ctrl+I): a preview of the first rows, column"
                    + " mapping, timestamp detection and validation, then the import with progress and Cancel, and a result"
                    + " page with rows imported, duplicates skipped and rows quarantined with their reasons.",
            "Event exports (canonical CSV/TSV, JSON Lines, Segment, Mixpanel, Amplitude, PostHog), people and accounts CSV,"
                    + " support-ticket CSV (Zendesk, Freshdesk or generic), features.json and Markdown launch briefs."),
    ADOPTION("Adoption",
            "Per feature: adoption rate against its target and pace, by segment, plan, role and platform; the adoption"
                    + " curve; the funnel with conversion per step; time to first use; who abandoned, reverted or stopped;"
                    + " and the people behind every number, down to one person's timeline.",
            "Events on and after launch, people with segment, plan and role, and a feature definition with its adoption"
                    + " event, funnel and target."),
    STRUGGLES("Struggles",
            "Who is struggling and why: rage clicks, undo/redo loops, abandoned workflows, tickets about the feature and"
                    + " workarounds, grouped into clusters ranked by how much more their people struggle than everyone, each opening its people and their timelines.",
            "Events with click targets and sessions, support tickets, and the feature's funnel and legacy events."),
    OUTREACH("Outreach",
            "Audiences of non-adopters and strugglers routed to in-app, email or a CSM, with generated copy you review"
                    + " and approve before anything is sent, a contact cap, and conversion against a held-out control group.",
            "Adoption and struggle results, people's email and opt-out flag, account tier and ARR."),
    ONBOARDING("Onboarding",
            "A tooltip, a 3–5 step walkthrough, what's-new text and platform tips generated from the launch brief,"
                    + " for review and approval like any outreach copy.",
            "The feature definition and its Markdown launch brief."),
    IMPACT("Impact",
            "Whether the feature solved its problem: each success metric before vs after launch for adopters against"
                    + " comparable non-adopters, tickets per active person, adoption against target, each with its confidence"
                    + " and caveats, exported as a PDF report.",
            "Events from before and after launch, the feature's success metrics, support tickets."),
    PORTFOLIO("Portfolio",
            "Every feature ranked by adoption against target, measured impact and struggle level, flagged to invest more,"
                    + " on track, needs help or sunset review; exported as a PDF and CSV summary.",
            "Several features with their definitions and enough history to show a trend."),
    ACCOUNTS("Accounts",
            "A CSM's book of business: every account's health from 0 to 100 with its parts, the at-risk ones first by ARR with"
                    + " their reasons, each owner's book, whether the score predicted churn; an account's people, people ×"
                    + " features and timeline; Plan a play writes CSM tasks into the review queue.",
            "Accounts with tier, ARR and CSM owner (optionally churned_at, arr_change_at, arr_after), people with their account,"
                    + " events, tickets."),
    ALERTS("Alerts",
            "What the watch found after each refresh, in data time: a feature behind pace, struggle rising, a struggle cluster,"
                    + " tickets rising, a bug suspect with an error, use falling; each with its figures, since when and how sure,"
                    + " to snooze or dismiss, and the new files the inbox folders took in.",
            "Events with a few weeks of history; inbox folders in the watch setting for files to import by themselves.");

    private final String title;
    private final String whatAppears;
    private final String dataNeeded;

    Screen(String title, String whatAppears, String dataNeeded) {
        this.title = title;
        this.whatAppears = whatAppears;
        this.dataNeeded = dataNeeded;
    }

    public String title() {
        return title;
    }

    public String whatAppears() {
        return whatAppears;
    }

    public String dataNeeded() {
        return dataNeeded;
    }

    /** 1 for the first screen: the digit of its Ctrl shortcut; the tenth screen has 0. */
    public int shortcutDigit() {
        if (ordinal() > 9) {
            throw new IllegalStateException("only ten screens have a digit shortcut");
        }
        return (ordinal() + 1) % 10;
    }
}
