package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.outreach.Audience;
import org.uptake.outreach.CampaignConversion;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.OutreachPlan;
import org.uptake.outreach.PlannedContact;

/** What {@code outreach --json} prints per action, key by key in this order. */
final class OutreachJson {

    private OutreachJson() {
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The plan: per audience its people by outcome and channel; everyone with why, with --people. */
    record Plan(String feature, Instant asOf, List<AudienceRow> audiences, Map<String, Integer> routed, Map<String, Integer> outcomes,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Contact> people) {

        static Plan of(OutreachPlan plan, boolean withPeople) {
            List<AudienceRow> audiences = java.util.Arrays.stream(Audience.values()).map(a -> AudienceRow.of(a, plan.in(a))).toList();
            Map<String, Integer> routed = new LinkedHashMap<>();
            plan.byChannel().forEach((c, n) -> routed.put(lower(c), n));
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            plan.byOutcome().forEach((o, n) -> outcomes.put(lower(o), n));
            return new Plan(plan.feature().key(), plan.asOf(), audiences, routed, outcomes,
                    withPeople ? plan.contacts().stream().map(Contact::of).toList() : null);
        }
    }

    /** One audience: its people, then how many of them had each outcome and were routed to each channel. */
    @JsonPropertyOrder({"audience", "label", "people", "counts"})
    record AudienceRow(String audience, String label, int people, @JsonAnyGetter Map<String, Long> counts) {

        static AudienceRow of(Audience a, List<PlannedContact> in) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (PlannedContact.Outcome o : PlannedContact.Outcome.values()) {
                counts.put(lower(o), in.stream().filter(c -> c.outcome() == o).count());
            }
            for (Channel c : List.of(Channel.IN_APP, Channel.EMAIL, Channel.CSM_TASK)) {
                counts.put(lower(c), in.stream().filter(x -> x.outcome() == PlannedContact.Outcome.ROUTED && x.channel() == c).count());
            }
            return new AudienceRow(lower(a), a.label(), in.size(), counts);
        }
    }

    /** One planned person with why and what happens. */
    record Contact(String userId, String audience, String why, String cluster, String outcome, String channel, String note) {

        static Contact of(PlannedContact c) {
            return new Contact(c.person().userId(), lower(c.audience()), c.why(), c.cluster(), lower(c.outcome()),
                    c.channel() == null ? null : lower(c.channel()), c.note());
        }
    }

    /** A message in the review queue. */
    record Queued(long id, String userId, String audience, String channel, String status, String subject, String body, String reason,
            List<String> problems) {

        static Queued of(Message m) {
            return new Queued(m.id(), m.userId(), m.audience(), lower(m.channel()), lower(m.status()), m.subject(), m.body(), m.reason(),
                    m.problems());
        }
    }

    /** Drafts approved and left. */
    record Approved(int approved, int leftAsDrafts) {
    }

    /** What a delivery did: its count under {@code what} ("exported", "sent"), its campaign, and where the file went. */
    @JsonPropertyOrder({"count", "campaign", "controlPeople", "backToReview", "path"})
    record Delivered(@JsonAnyGetter Map<String, Integer> count, String campaign, int controlPeople, List<String> backToReview,
            @JsonInclude(JsonInclude.Include.NON_NULL) String path) {

        static Delivered of(String what, Delivery.Delivered d, boolean withPath) {
            return new Delivered(Map.of(what, d.messages()), d.campaignId(), d.controlPeople(), d.backToReview(),
                    withPath ? d.where().toString() : null);
        }
    }

    /** A campaign's figures; a window the data does not cover yet, or a campaign without control, carries its reason and no numbers. */
    record Conversion(String campaign, Instant sentAt, Instant dataEnd, Arm contacted, Arm control, Uplift uplift48h, Uplift uplift7d) {

        static Conversion of(CampaignConversion c) {
            return new Conversion(c.campaignId(), c.sentAt(), c.dataEnd(), Arm.of(c, c.contacted()), Arm.of(c, c.control()),
                    Uplift.of(c.within48h()), Uplift.of(c.within7d()));
        }
    }

    /** One arm of a campaign; the windows the data does not cover yet are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Arm(int people, Integer within48h, Double rate48h, Integer within7d, Double rate7d) {

        static Arm of(CampaignConversion c, CampaignConversion.Group g) {
            return new Arm(g.people(), c.observed48h() ? g.within48h() : null, c.observed48h() ? g.rate48h() : null,
                    c.observed7d() ? g.within7d() : null, c.observed7d() ? g.rate7d() : null);
        }
    }

    /** An uplift with its interval, or why it cannot be measured. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Uplift(boolean measurable, Double value, Double low, Double high, String reason) {

        static Uplift of(CampaignConversion.Uplift u) {
            return u.measured() ? new Uplift(true, u.value(), u.low(), u.high(), null) : new Uplift(false, null, null, null, u.notMeasurable());
        }
    }
}
