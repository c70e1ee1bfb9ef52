package org.uptake.outreach;

import java.time.Instant;

/**
 * Adoption after a campaign, contacted against held out (DESIGN §6). People who had adopted before
 * the send are left out of both groups. The uplift's 95% interval is Newcombe's (hybrid Wilson
 * score), honest at small group sizes.
 */
public record CampaignConversion(String campaignId, Instant sentAt, Group contacted, Group control, double uplift48h, double low48h,
        double high48h, double uplift7d, double low7d, double high7d) {

    /** One arm: its people and how many adopted within 48 hours and 7 days of the send. */
    public record Group(int people, int within48h, int within7d) {
        public double rate48h() {
            return people == 0 ? 0 : within48h / (double) people;
        }

        public double rate7d() {
            return people == 0 ? 0 : within7d / (double) people;
        }
    }

    /** The interval excludes zero: the campaign moved adoption, beyond chance. */
    public boolean significant48h() {
        return low48h > 0 || high48h < 0;
    }
}
