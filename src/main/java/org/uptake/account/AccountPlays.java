package org.uptake.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Channel;
import org.uptake.outreach.Draft;
import org.uptake.outreach.ReviewQueue;

/**
 * "Plan a play": an account's recommended plays become CSM-task drafts in the outreach review queue,
 * under the queue's rules (opt-outs, the contact cap, one waiting message per person and feature) and
 * its approval — nothing leaves until an analyst approves it.
 */
public final class AccountPlays {

    /** The audience the review queue lists these drafts under. */
    public static final String AUDIENCE = "ACCOUNT_PLAY";

    private final ReviewQueue queue;

    public AccountPlays(ReviewQueue queue) {
        this.queue = queue;
    }

    /** Writes one draft per play, each under its feature's queue; says how many went in and why the others did not. */
    public ReviewQueue.PeopleDrafted plan(AccountPage page, String actor) {
        Map<String, List<ReviewQueue.PersonDraft>> byFeature = new LinkedHashMap<>();
        AccountHealth h = page.health();
        for (AccountPage.Play p : page.plays()) {
            // The draft states only these facts, so its grounding check can pass without edits.
            Map<String, String> facts = Map.of("account", h.name(), "accountId", h.accountId(), "tier", String.valueOf(h.tier()),
                    "reason", p.reason().text(), "contact", p.contact());
            byFeature.computeIfAbsent(p.featureKey(), k -> new ArrayList<>()).add(new ReviewQueue.PersonDraft(p.personId(), p.contact(),
                    AUDIENCE, Channel.CSM_TASK, new Draft(p.subject(), p.body()), "account play for " + h.name() + ": " + p.reason().text(),
                    facts));
        }
        int added = 0;
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, List<ReviewQueue.PersonDraft>> e : byFeature.entrySet()) {
            ReviewQueue.PeopleDrafted d = queue.addForPeople(e.getKey(), e.getValue(), actor);
            added += d.added();
            skipped.addAll(d.skipped());
        }
        return new ReviewQueue.PeopleDrafted(added, skipped);
    }
}
