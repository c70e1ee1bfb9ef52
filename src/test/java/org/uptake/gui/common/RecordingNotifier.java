package org.uptake.gui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

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

    /** A notifier that hands problems to {@code problems} and lets everything else go (a test about failures only). */
    public static Notifier onProblem(BiConsumer<String, Throwable> problems) {
        return new Notifier() {
            @Override
            public void problem(String title, Throwable failure) {
                problems.accept(title, failure);
            }

            @Override
            public void done(String title, String message) {
            }
        };
    }

    /** Everything told so far. */
    public List<String> told() {
        synchronized (told) {
            return List.copyOf(told);
        }
    }
}
