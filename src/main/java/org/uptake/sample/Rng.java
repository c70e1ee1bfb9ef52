package org.uptake.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness with one independent stream per person and purpose, so a person's base
 * activity is the same in both passes of the generator whatever else was drawn before.
 */
final class Rng {

    static final int ACTIVITY = 1;
    static final int ATTRIBUTES = 2;
    static final int EVENTS = 3;
    static final int STORY = 4;
    static final int PAST_LAUNCHES = 5;

    private Rng() {
    }

    static SplittableRandom forPerson(long seed, int personIndex, int purpose) {
        return new SplittableRandom(mix(mix(seed) ^ mix(personIndex * 0x9E3779B97F4A7C15L + purpose)));
    }

    static SplittableRandom global(long seed, int purpose) {
        return new SplittableRandom(mix(seed * 31 + purpose * 0xBF58476D1CE4E5B9L));
    }

    /** SplitMix64's finaliser: spreads nearby seeds far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks an index by weight. */
    static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A 16-hex-digit id, like the message ids of analytics exports. */
    static String hexId(SplittableRandom random) {
        return String.format("%016x", random.nextLong());
    }

    static double logNormal(SplittableRandom random, double median, double sigma) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return median * Math.exp(sigma * normal);
    }
}
