package org.uptake.struggle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Errors in the feature's context: error events (by name), and events that report a broken state
 * about themselves (a count short of the one expected, e.g. 2 of 6 widgets rendered).
 */
final class ErrorDetector {

    List<Signal> detect(Participant person, List<ContextEvent> events) {
        // Indexed, and a list made only for the few with an error: an iterator and an empty list for every participant of
        // every window were a twentieth of a watch refresh's garbage.
        List<Signal> signals = null;
        for (int i = 0; i < events.size(); i++) {
            ContextEvent e = events.get(i);
            // Only an event whose properties hold "_expected" can report a broken state: the others' need not be read.
            String broken = e.reportsExpected() ? EventProperties.brokenState(e.props()) : null;
            if (signals == null && (broken != null || EventKinds.isError(e.name()))) {
                signals = new ArrayList<>();
            }
            if (EventKinds.isError(e.name())) {
                String message = EventProperties.text(e.props(), "error");
                signals.add(new Signal(SignalKind.ERROR, person.personId(), person.userId(), Instant.ofEpochMilli(e.ts()),
                        e.name() + (message == null ? "" : ": " + message), List.of(Evidences.of(e))));
            } else if (broken != null) {
                signals.add(new Signal(SignalKind.ERROR, person.personId(), person.userId(), Instant.ofEpochMilli(e.ts()),
                        "broken state after " + e.name() + ": " + broken, List.of(Evidences.of(e))));
            }
        }
        return signals == null ? List.of() : signals;
    }
}
