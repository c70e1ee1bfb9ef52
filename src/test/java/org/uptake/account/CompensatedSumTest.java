package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** The health score's sum is DoubleStream.sum's to the bit, on the values a score adds and on values built to round badly. */
class CompensatedSumTest {

    @Test
    void equalsDoubleStreamSumToTheBit() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 200_000; i++) {
            double[] values = new double[1 + random.nextInt(8)];
            for (int j = 0; j < values.length; j++) {
                values[j] = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(6) * 5.0 * random.nextDouble(); // a part's score times its weight
                    case 1 -> random.nextInt(40);
                    case 2 -> (random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), random.nextInt(-60, 60));
                    default -> 1.0 / (1 + random.nextInt(1000)) * 30;
                };
            }
            double expected = DoubleStream.of(values).sum();
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(HealthScorer.compensatedSum(values)),
                    () -> java.util.Arrays.toString(values));
        }
        assertEquals(0.0, HealthScorer.compensatedSum(new double[0]));
        assertEquals(Double.POSITIVE_INFINITY, HealthScorer.compensatedSum(new double[] {Double.POSITIVE_INFINITY, 1}));
        assertEquals(DoubleStream.of(1e100, 1, -1e100).sum(), HealthScorer.compensatedSum(new double[] {1e100, 1, -1e100}));
    }
}
