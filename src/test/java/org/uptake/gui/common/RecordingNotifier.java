package org.uptake.gui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps what a view model told the person, in order, as "title: message" lines, for tests to compare exactly. */
public final class RecordingNotifier implements Notifier {

    private final List<String> told = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void problem(String title, Throwable failure) {
        told.add("problem " + title + ": " + failure.getMessage());
    }

    @Override
    public void done(String title, String message) {
        told.add(title + ": " + message);
    }

    /** Everything told so far. */
    public List<String> told() {
        synchronized (told) {
            return List.copyOf(told);
        }
    }
}
