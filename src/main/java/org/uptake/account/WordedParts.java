package org.uptake.account;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An account's health parts, worded the first time anyone reads them. The book scores 137,000 accounts at a
 * million people and shows the parts of one at a time; wording them all up front was most of its scoring time.
 * Unmodifiable, like the list it stands for; wording twice from two threads gives equal parts, so no lock.
 */
final class WordedParts extends AbstractList<HealthPart> implements java.util.RandomAccess {

    private final Supplier<List<HealthPart>> words;
    private volatile List<HealthPart> parts;

    WordedParts(Supplier<List<HealthPart>> words) {
        this.words = words;
    }

    private List<HealthPart> parts() {
        List<HealthPart> worded = parts;
        if (worded == null) {
            worded = List.copyOf(words.get());
            parts = worded;
        }
        return worded;
    }

    @Override
    public HealthPart get(int index) {
        return parts().get(index);
    }

    @Override
    public int size() {
        return parts().size();
    }
}
