package org.uptake.adoption;

import java.util.List;

/**
 * How deeply adopters use the feature (DESIGN §5): surface (1–2 uses in all), power (used on ≥ 8 of
 * the last 28 days), regular (the rest); and the L28 curve: people by the number of days out of the
 * last 28 on which they used it.
 */
public record UsageDepth(int surface, int regular, int power, List<Integer> l28) {

    public static final int POWER_DAYS = 8;

    public UsageDepth {
        l28 = List.copyOf(l28);
    }
}
