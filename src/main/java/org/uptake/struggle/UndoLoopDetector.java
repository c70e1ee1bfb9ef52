package org.uptake.struggle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Undo/redo loops (DESIGN §5): at least {@code undoCount} undo or redo events within
 * {@code undoWindowMs}, in the feature's sessions. One signal per loop, taking in every undo/redo
 * that follows within the window.
 */
final class UndoLoopDetector {

    private final StruggleSettings settings;

    UndoLoopDetector(StruggleSettings settings) {
        this.settings = settings;
    }

    List<Signal> detect(Participant person, List<ContextEvent> events) {
        // Most people's context holds no undo at all: nothing is made for them.
        List<ContextEvent> undos = null;
        for (int k = 0; k < events.size(); k++) {
            ContextEvent e = events.get(k);
            if (EventKinds.isUndoRedo(e.name())) {
                if (undos == null) {
                    undos = new ArrayList<>();
                }
                undos.add(e);
            }
        }
        if (undos == null || undos.size() < settings.undoCount()) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        int i = 0;
        while (i < undos.size()) {
            int j = i;
            while (j + 1 < undos.size() && undos.get(j + 1).ts() - undos.get(i).ts() <= settings.undoWindowMs()) {
                j++;
            }
            int count = j - i + 1;
            if (count >= settings.undoCount()) {
                List<ContextEvent> loop = undos.subList(i, j + 1);
                signals.add(new Signal(SignalKind.UNDO_LOOP, person.personId(), person.userId(),
                        Instant.ofEpochMilli(undos.get(j).ts()),
                        String.format("%d undo/redo in %.0f s", count, (undos.get(j).ts() - undos.get(i).ts()) / 1000.0),
                        Evidences.of(loop)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return signals;
    }
}
