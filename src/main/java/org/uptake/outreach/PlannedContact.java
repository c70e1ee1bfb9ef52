package org.uptake.outreach;

import org.uptake.adoption.Participant;
import org.uptake.model.Channel;

/**
 * One person in an audience and what the policy decided for them.
 *
 * @param why     why they are in the audience, in plain words
 * @param cluster the headline of the struggle cluster they belong to (null: none)
 * @param tip     what their own struggle signals call for (null: nothing specific is known)
 * @param channel where a message would go (null when not contacted)
 * @param outcome routed, or why not: opted out, held out, capped
 * @param note    what the outcome rests on (e.g. "contacted 2026-03-05 (cmp-…)")
 */
public record PlannedContact(Participant person, String email, String accountName, String csmOwner, Audience audience, String why,
        String cluster, String tip, Channel channel, Outcome outcome, String note) {

    public enum Outcome {
        ROUTED("routed"), OPTED_OUT("opted out"), HELD_OUT("held out (control)"), CAPPED("capped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
