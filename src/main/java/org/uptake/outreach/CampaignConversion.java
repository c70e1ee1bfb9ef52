package org.uptake.outreach;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Adoption after a campaign, contacted against held out (DESIGN §6), measured in data time: a
 * window counts only once the workspace's data covers it, and a campaign without a control group
 * says so instead of showing an uplift. People who had adopted before the send are left out of both
 * groups. The uplift's 95% interval is Newcombe's (hybrid Wilson score), honest at small group sizes.
 *
 * @param dataEnd the last event in the workspace (null when it has none): the "now" the campaign is measured at
 */
public record CampaignConversion(String campaignId, Instant sentAt, Instant dataEnd, Group contacted, Group control, Uplift within48h,
        Uplift within7d) {

    static final Duration WINDOW_48H = Duration.ofHours(48);
    static final Duration WINDOW_7D = Duration.ofDays(7);

    /** One arm: its people and how many adopted within 48 hours and 7 days of the send. */
    public record Group(int people, int within48h, int within7d) {
        public double rate48h() {
            return people == 0 ? 0 : within48h / (double) people;
        }

        public double rate7d() {
            return people == 0 ? 0 : within7d / (double) people;
        }
    }

    /**
     * The uplift over one window in points of adoption, with its 95% interval; or, when it cannot be
     * told, {@code notMeasurable} says why and the numbers are NaN.
     */
    public record Uplift(double value, double low, double high, String notMeasurable) {

        public boolean measured() {
            return notMeasurable == null;
        }

        /** The interval excludes zero: the campaign moved adoption, beyond chance. */
        public boolean significant() {
            return measured() && (low > 0 || high < 0);
        }

        /** "+18 points (95% CI +5 to +28)", or why there is no figure. */
        public String text() {
            return measured() ? points(value) + " points (95% CI " + points(low) + " to " + points(high) + ")" : notMeasurable;
        }
    }

    /** Measures both windows of one campaign from its two arms, as of the data's last event. */
    static CampaignConversion of(String campaignId, Instant sentAt, Instant dataEnd, Group contacted, Group control) {
        return new CampaignConversion(campaignId, sentAt, dataEnd, contacted, control,
                uplift(sentAt, dataEnd, WINDOW_48H, contacted.within48h(), contacted.people(), control.within48h(), control.people()),
                uplift(sentAt, dataEnd, WINDOW_7D, contacted.within7d(), contacted.people(), control.within7d(), control.people()));
    }

    private static Uplift uplift(Instant sentAt, Instant dataEnd, Duration window, int x1, int n1, int x2, int n2) {
        String why = null;
        if (n2 == 0) {
            why = "no control group: nobody was held out of this campaign, so its effect cannot be told from what would have happened anyway";
        } else if (dataEnd == null || dataEnd.isBefore(sentAt)) {
            why = "not measurable yet: the data ends before the campaign (data to " + day(dataEnd) + ", sent " + day(sentAt) + ")";
        } else if (dataEnd.isBefore(sentAt.plus(window))) {
            why = String.format(Locale.ROOT, "not measurable yet: the data covers %d of the %d hours after the campaign",
                    Duration.between(sentAt, dataEnd).toHours(), window.toHours());
        } else if (n1 == 0) {
            why = "nobody to measure: everyone contacted had adopted before the campaign";
        }
        if (why != null) {
            return new Uplift(Double.NaN, Double.NaN, Double.NaN, why);
        }
        double[] d = ConversionQueries.newcombe(x1, n1, x2, n2);
        return new Uplift(d[0], d[1], d[2], null);
    }

    /** The data covers the 48 hours after the send: the arms' 48-hour counts are complete. */
    public boolean observed48h() {
        return dataEnd != null && !dataEnd.isBefore(sentAt.plus(WINDOW_48H));
    }

    /** The data covers the 7 days after the send. */
    public boolean observed7d() {
        return dataEnd != null && !dataEnd.isBefore(sentAt.plus(WINDOW_7D));
    }

    public boolean significant48h() {
        return within48h.significant();
    }

    /** An arm's 48-hour conversion, "12 of 40 (30%)", or "—" while the data does not cover the window yet. */
    public String text48h(Group g) {
        return observed48h() ? String.format(Locale.ROOT, "%,d of %,d (%.0f%%)", g.within48h(), g.people(), 100 * g.rate48h())
                : String.format(Locale.ROOT, "— of %,d", g.people());
    }

    /** An arm's 7-day conversion, likewise. */
    public String text7d(Group g) {
        return observed7d() ? String.format(Locale.ROOT, "%,d of %,d (%.0f%%)", g.within7d(), g.people(), 100 * g.rate7d())
                : String.format(Locale.ROOT, "— of %,d", g.people());
    }

    /**
     * Points of adoption, signed; a difference that rounds to zero keeps a decimal ("+0.4", "−0.2"),
     * so a small real difference never reads as "+0", and no difference at all reads "0".
     */
    static String points(double share) {
        double p = 100 * share;
        if (Math.round(p * 10) == 0) {
            return "0";
        }
        return Math.abs(p) < 0.5 ? String.format(Locale.ROOT, "%+.1f", p) : String.format(Locale.ROOT, "%+.0f", p);
    }

    private static String day(Instant t) {
        return t == null ? "no events" : t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
