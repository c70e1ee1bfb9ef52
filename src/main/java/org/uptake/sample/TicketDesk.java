package org.uptake.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Writes the tickets a person files in the story, in a help desk's words. */
final class TicketDesk {

    static final String NAVIGATION_TAG = "dashboard-navigation";
    static final String FEATURE_TAG = "dashboard-customization";

    private static final List<String[]> NAVIGATION = List.of(
            new String[] {"Can't find my revenue chart", "Every morning I have to click through three menus to get to the revenue numbers. Where did the chart go?"},
            new String[] {"Where is the churn widget?", "The churn rate used to be on the first screen. How do I get back to the metrics I check daily?"},
            new String[] {"Dashboard too cluttered", "I only need pipeline and NPS but I have to scroll past everything else to find them."},
            new String[] {"How do I see my team's KPIs first?", "Is there a way to put the numbers my team checks at the top of the dashboard?"});
    private static final List<String[]> DRAG = List.of(
            new String[] {"Can't drag widgets on my phone", "On the iPhone app the widgets jump back when I try to drag them into place."},
            new String[] {"Moving dashboard tiles doesn't work on mobile", "Trying to rearrange my dashboard on Android: the drag handle does not respond, I tap it again and again."},
            new String[] {"Rearranging widgets on tablet", "Dragging a widget on mobile selects text instead of moving it. Undo and redo made it worse."});
    private static final List<String[]> EXPORTS = List.of(
            new String[] {"Scheduled export never arrived", "I set up a weekly export of the pipeline report but nothing came on Monday."},
            new String[] {"Export schedule time zone wrong", "My daily export arrives at 3am instead of 8am."});
    private static final List<String[]> OTHER = List.of(
            new String[] {"Invoice address change", "Please update the billing address on our invoices."},
            new String[] {"Password reset email not received", "I requested a reset twice and got nothing."},
            new String[] {"Too many notification emails", "How do I turn off the daily digest?"},
            new String[] {"Add a new seat", "We hired two analysts, how do we add seats to our plan?"});

    static boolean isDragTicket(SampleTicket ticket) {
        return DRAG.stream().anyMatch(text -> text[0].equals(ticket.subject()));
    }

    private final SamplePerson person;
    private final SplittableRandom random;

    TicketDesk(SamplePerson person, SplittableRandom random) {
        this.person = person;
        this.random = random;
    }

    SampleTicket navigation(long at) {
        String[] text = Rng.pick(random, NAVIGATION);
        return ticket(at, text, List.of(NAVIGATION_TAG), "normal");
    }

    SampleTicket drag(long at) {
        String[] text = Rng.pick(random, DRAG);
        // Half the agents tag the feature; the rest only tag the platform, so text similarity must find them.
        List<String> tags = random.nextBoolean() ? List.of(FEATURE_TAG, "mobile") : List.of("mobile");
        return ticket(at, text, tags, "high");
    }

    SampleTicket renderBug(long at) {
        return ticket(at, new String[] {"Saved layout only shows 2 of my 6 widgets",
                "After saving my custom dashboard layout only two widgets render, the rest are blank. I reset it to the default for now."},
                List.of("bug", FEATURE_TAG), "urgent");
    }

    SampleTicket exports(long at) {
        return ticket(at, Rng.pick(random, EXPORTS), List.of("exports"), "normal");
    }

    SampleTicket other(long at) {
        String[] text = Rng.pick(random, OTHER);
        String tag = text[0].startsWith("Invoice") || text[0].startsWith("Add") ? "billing"
                : text[0].startsWith("Password") ? "login" : "notifications";
        return ticket(at, text, List.of(tag), "low");
    }

    private SampleTicket ticket(long at, String[] text, List<String> tags, String priority) {
        String name = person.email().substring(0, person.email().indexOf('@')).replaceAll("\\d", "").replace('.', ' ');
        String status = at > ScenarioDates.endMillis() - 3 * ScenarioDates.DAY ? "open" : random.nextDouble() < 0.85 ? "solved" : "pending";
        return new SampleTicket(at, titleCase(name), person.email(), text[0], text[1], tags, status, priority,
                random.nextDouble() < 0.7 ? "email" : "web");
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }
}
