package org.uptake.outreach;

import java.util.List;
import java.util.Map;
import org.uptake.model.Channel;

/**
 * The checks one message's text must pass (grounding, phrasing, length), with the facts and the
 * other features' names they need already read, so a screen can run them on every keystroke.
 */
public record EditChecks(Channel channel, Map<String, String> facts, List<String> otherFeatures, boolean allowObserved) {

    public EditChecks {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        otherFeatures = List.copyOf(otherFeatures);
    }

    /** What the text fails; empty when it can be approved. */
    public List<String> problems(String subject, String body) {
        return DraftChecks.problems(channel, new Draft(subject, body), facts, otherFeatures, allowObserved);
    }
}
