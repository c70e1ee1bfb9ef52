package org.uptake.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Counts the dashboard story's own figures from the generated rows: the campaign against its
 * control group, power users who have not customized, workarounds, the planted effects on session
 * time and navigation tickets, the drag-widget tickets and whether struggle preceded them, reverters.
 */
final class StoryTally {

    static final String CAMPAIGN_ID = "cmp-2026-03-dashboard-power-users";
    static final int POWER_USER_ACTIVE_DAYS = 16;

    private final long launch = ScenarioDates.launchMillis();
    private final long preStart = ScenarioDates.preWindowStart();
    private final long sent = ScenarioDates.CAMPAIGN_SENT.toEpochMilli();
    private final int[] treated = new int[3];
    private final int[] control = new int[3];
    private int powerUserNonAdopters;
    private int powerUserWorkarounds;
    private int targetNonAdopterWorkarounds;
    private final double[] durationSum = new double[4];
    private final long[] durationCount = new long[4];
    private int navigationBefore;
    private int navigationAfter;
    private int activeBefore;
    private int activeAfter;
    private int dragTickets;
    private int dragTicketsAfterStruggle;
    private final ArrayNode reverters = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    void accept(PersonTimeline timeline, long adoptedAt) {
        SamplePerson person = timeline.person();
        List<SampleEvent> events = timeline.events();
        boolean activeSinceLaunch = !events.isEmpty() && events.get(events.size() - 1).ts() >= launch;
        boolean adopter = adoptedAt < Long.MAX_VALUE;
        boolean wasActiveBefore = events.stream().anyMatch(e -> e.ts() >= preStart && e.ts() < launch);
        if (wasActiveBefore) {
            activeBefore++;
        }
        if (activeSinceLaunch) {
            activeAfter++;
        }
        countCampaign(timeline.role(), events);
        if (activeSinceLaunch && !adopter) {
            boolean legacyAfterLaunch = Definitions.any(events, Set.of(BaseActivity.LEGACY_FILTER), launch, Long.MAX_VALUE);
            if (SampleFeatures.DASHBOARD.targetSegments().contains(person.segment().label) && legacyAfterLaunch) {
                targetNonAdopterWorkarounds++;
            }
            if (person.segment() == Segment.ENTERPRISE && activeDaysBeforeLaunch(events) >= POWER_USER_ACTIVE_DAYS) {
                powerUserNonAdopters++;
                if (legacyAfterLaunch) {
                    powerUserWorkarounds++;
                }
            }
        }
        if (activeSinceLaunch) {
            countDurations(events, adopter);
        }
        for (SampleTicket ticket : timeline.tickets()) {
            countTicket(ticket, events);
        }
        if (adopter && Definitions.any(events, Set.of(DashboardStory.LAYOUT_RESET), adoptedAt + 1, adoptedAt + ScenarioDates.DAY + 1)) {
            boolean error = Definitions.any(events, Set.of(DashboardStory.RENDER_ERROR), adoptedAt, adoptedAt + ScenarioDates.DAY);
            reverters.addObject().put("userId", person.userId()).put("role", person.role())
                    .put("reason", error ? "bug: the saved layout rendered 2 of 6 widgets (dashboard_render_error)"
                            : "admin".equals(person.role()) ? "testing: team admin reset within hours" : "unknown");
        }
    }

    private void countCampaign(DashboardRole role, List<SampleEvent> events) {
        int[] group = role.inCampaign() ? treated : role.inControl() ? control : null;
        if (group == null) {
            return;
        }
        group[0]++;
        long converted = Definitions.first(events, DashboardStory.LAYOUT_SAVED, sent);
        if (converted <= sent + 48 * ScenarioDates.HOUR) {
            group[1]++;
        }
        if (converted <= sent + 7 * ScenarioDates.DAY) {
            group[2]++;
        }
    }

    private int activeDaysBeforeLaunch(List<SampleEvent> events) {
        return (int) events.stream().filter(e -> e.ts() >= preStart && e.ts() < launch)
                .mapToLong(e -> Math.floorDiv(e.ts(), ScenarioDates.DAY)).distinct().count();
    }

    private void countDurations(List<SampleEvent> events, boolean adopter) {
        for (SampleEvent e : events) {
            if (e.name().equals(BaseActivity.DASHBOARD_VIEWED) && e.properties().get("duration_s") instanceof Number d) {
                int cell = (adopter ? 0 : 2) + (e.ts() >= launch ? 1 : 0);
                durationSum[cell] += d.doubleValue();
                durationCount[cell]++;
            }
        }
    }

    private void countTicket(SampleTicket ticket, List<SampleEvent> events) {
        if (ticket.tags().contains(TicketDesk.NAVIGATION_TAG)) {
            if (ticket.createdAt() >= preStart && ticket.createdAt() < launch) {
                navigationBefore++;
            } else if (ticket.createdAt() >= launch) {
                navigationAfter++;
            }
        }
        if (TicketDesk.isDragTicket(ticket)) {
            dragTickets++;
            boolean struggled = Definitions.rageClicks(events).stream().anyMatch(t -> t < ticket.createdAt())
                    || Definitions.undoLoops(events).stream().anyMatch(t -> t < ticket.createdAt());
            if (struggled) {
                dragTicketsAfterStruggle++;
            }
        }
    }

    ObjectNode toJson(ObjectNode node) {
        ObjectNode campaign = node.putObject("campaign");
        campaign.put("id", CAMPAIGN_ID);
        campaign.put("sentAt", ScenarioDates.CAMPAIGN_SENT.toString());
        campaign.put("audience", "enterprise power users who had not customized their dashboard");
        group(campaign.putObject("treated"), treated);
        group(campaign.putObject("control"), control);
        campaign.put("upliftWithin48h", FeatureTally.rate(treated[1], treated[0]) - FeatureTally.rate(control[1], control[0]));

        ObjectNode power = node.putObject("powerUsers");
        power.put("rule", "enterprise, active since launch, active on >= " + POWER_USER_ACTIVE_DAYS
                + " of the 28 days before launch, has not customized");
        power.put("nonAdopters", powerUserNonAdopters);
        power.put("usingLegacyFilterAfterLaunch", powerUserWorkarounds);
        node.put("targetSegmentNonAdoptersUsingLegacyFilter", targetNonAdopterWorkarounds);

        ObjectNode effects = node.putObject("effects");
        ObjectNode session = effects.putObject("sessionTime");
        session.put("metric", "Dashboard session time (dashboard_viewed.duration_s)");
        session.put("planted", BaseActivity.SESSION_TIME_FACTOR - 1);
        session.put("adoptersBefore", mean(0));
        session.put("adoptersAfter", mean(1));
        session.put("othersBefore", mean(2));
        session.put("othersAfter", mean(3));
        session.put("measuredChange", (mean(1) / mean(0)) / (mean(3) / mean(2)) - 1);
        ObjectNode tickets = effects.putObject("navigationTickets");
        tickets.put("metric", "Dashboard navigation tickets per active person per week");
        tickets.put("planted", Casting.NAVIGATION_TICKET_CHANGE);
        double before = navigationBefore / (double) activeBefore / 4;
        double after = navigationAfter / (double) activeAfter / 2;
        tickets.putObject("before").put("tickets", navigationBefore).put("activePeople", activeBefore).put("weeks", 4)
                .put("perActivePersonPerWeek", before);
        tickets.putObject("after").put("tickets", navigationAfter).put("activePeople", activeAfter).put("weeks", 2)
                .put("perActivePersonPerWeek", after);
        tickets.put("measuredChange", after / before - 1);

        ObjectNode drag = node.putObject("dragWidgetTickets");
        drag.put("tickets", dragTickets);
        drag.put("struggleDetectedBefore", dragTicketsAfterStruggle);
        drag.put("earlyWarningShare", FeatureTally.rate(dragTicketsAfterStruggle, dragTickets));
        node.set("reverters", reverters);
        return node;
    }

    private void group(ObjectNode node, int[] counts) {
        node.put("people", counts[0]);
        node.put("convertedWithin48h", counts[1]);
        node.put("conversionRate48h", FeatureTally.rate(counts[1], counts[0]));
        node.put("convertedWithin7d", counts[2]);
    }

    private double mean(int cell) {
        return durationCount[cell] == 0 ? Double.NaN : durationSum[cell] / durationCount[cell];
    }
}
