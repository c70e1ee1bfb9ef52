package org.uptake.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Counts what the generated rows hold under DESIGN §5, for {@code truth.json}. */
final class TruthCounter {

    private final List<FeatureTally> features = new ArrayList<>();
    private final StoryTally story = new StoryTally();

    TruthCounter(ScenarioDates dates) {
        SampleFeatures.ALL.forEach(f -> features.add(new FeatureTally(f, dates.firstDay)));
    }

    void accept(PersonTimeline timeline) {
        long dashboardAdoptedAt = Long.MAX_VALUE;
        for (FeatureTally tally : features) {
            long adoptedAt = tally.accept(timeline.person(), timeline.events());
            if (tally.feature() == SampleFeatures.DASHBOARD) {
                dashboardAdoptedAt = adoptedAt;
            }
        }
        story.accept(timeline, dashboardAdoptedAt);
    }

    ObjectNode toJson(SampleOptions options, ScenarioDates dates, ObjectNode files) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("description", "What the sample scenario planted, counted from the generated rows under DESIGN §5."
                + " Days are UTC; the funnel window is 7 days; p75 interpolates linearly between closest ranks.");
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("seed", options.seed());
        scenario.put("users", options.users());
        scenario.put("days", options.days());
        scenario.put("firstDay", dates.firstDay.toString());
        scenario.put("lastDay", ScenarioDates.LAST_DAY.toString());
        root.set("files", files);
        ArrayNode list = root.putArray("features");
        features.forEach(f -> f.toJson(list.addObject()));
        story.toJson(root.putObject("story"));
        return root;
    }
}
