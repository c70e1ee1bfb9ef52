package org.uptake.watch;

import java.util.List;

/**
 * One alert rule: evaluated after every refresh against the data as of its last day, it returns
 * the conditions that hold now. A rule that finds nothing returns an empty list; a condition it
 * stops returning clears its alert.
 */
public interface AlertRule {

    /** The rule's name as alerts, the digest and the JSON carry it. */
    String name();

    List<Finding> evaluate(WatchedData data);
}
