package org.uptake.struggle;

import java.util.List;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;

/**
 * A reverter, or a struggling person whose evidence points at a defect (error events, a broken
 * state the product reported, a ticket tagged as a bug). {@code defect}: the evidence points at a
 * defect rather than a choice (an admin trying the feature and resetting it is not a bug).
 */
public record BugSuspect(Participant person, boolean reverted, boolean defect, List<String> reasons, List<Signal> evidence) {

    public BugSuspect {
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }
}
