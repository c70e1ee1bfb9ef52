package org.uptake.account;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.time.LocalDate;

/** The people struggling with any feature in a window (person ids), as the struggle analysis defines them. */
@FunctionalInterface
public interface StrugglingPeople {

    IntSet between(LocalDate from, LocalDate to);

    /** What the answer depends on besides the data and the features' definitions (the thresholds), as text; kept counts carry it. */
    default String definition() {
        return "";
    }
}
