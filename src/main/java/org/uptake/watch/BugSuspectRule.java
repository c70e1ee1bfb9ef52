package org.uptake.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.struggle.BugSuspect;

/** A new bug suspect with an error: someone whose use of the feature shows an error and who reverted or struggles. */
public final class BugSuspectRule extends FeatureRule {

    public static final String NAME = "bug-suspect";

    public BugSuspectRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        List<Finding> found = new ArrayList<>();
        for (BugSuspect b : data.strugglesNow(f.key()).bugSuspects()) {
            if (!b.defect()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("userId", b.person().userId());
            figures.put("reverted", b.reverted());
            figures.put("errors", b.evidence().size());
            // A fact, not an estimate: no p-value, and the person's account rides along for the account's page.
            found.add(new Finding(NAME, NAME + ":" + f.key() + ":" + b.person().userId(), f.key(), b.person().accountId(),
                    "Possible defect in " + f.name() + ": " + b.person().userId() + " — " + String.join("; ", b.reasons()), figures, null,
                    "an error event was recorded (a fact, not an estimate)", "Struggles"));
        }
        return found;
    }
}
