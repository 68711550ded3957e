package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.plan.Algorithm;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every physical table gets within 2% (relative) of N/T keys. For a uniform hash a bucket count has
 * standard deviation sqrt(N/T * (1 - 1/T)); the tolerance is 0.02 * N/T. With T=8 and N=1M that is
 * 2500 against sigma 331 (7.5 sigma); with T=64 we use N=4M so that 1250 is 5 sigma against 248, and the
 * chance that any of 64 buckets strays that far is about 64 * 5.7e-7, so a pass is no accident and a
 * biased formula fails. Seeds are fixed: the outcome is deterministic.
 */
class HashDistributionTest {
    private static final double TOLERANCE = 0.02;

    @Test
    void sequentialLongsSpreadEvenly() {
        assertUniform(Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "ID"), 1_000_000, false);
        assertUniform(Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "ID"), 4_000_000, false);
    }

    @Test
    void randomStringsSpreadEvenly() {
        assertUniform(Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "ID"), 1_000_000, true);
        assertUniform(Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "ID"), 4_000_000, true);
    }

    @Test
    void theCheckRejectsASkewedSpread() {
        long[] counts = new long[64];
        for (int i = 0; i < 4_000_000; i++) {
            counts[(i % 97) % 64]++; // buckets 0..32 get two residues of 97, the rest one
        }
        assertFalse(withinTolerance(counts, 4_000_000));
    }

    private static void assertUniform(TableRoute route, int n, boolean strings) {
        long[] counts = new long[route.all().size()];
        Random random = new Random(20240301L);
        char[] chars = new char[16];
        for (long k = 0; k < n; k++) {
            Object key;
            if (strings) {
                for (int c = 0; c < chars.length; c++) {
                    chars[c] = (char) (' ' + random.nextInt(0x7F - ' '));
                }
                key = new String(chars, 0, 8 + random.nextInt(9)); // 8..16 printable ASCII: practically distinct
            } else {
                key = k;
            }
            counts[route.route(key).index()]++;
        }
        assertEquals(n, java.util.Arrays.stream(counts).sum());
        assertTrue(withinTolerance(counts, n), () -> "bucket counts " + java.util.Arrays.toString(counts)
                + " stray more than " + TOLERANCE * 100 + "% from " + n / counts.length);
    }

    private static boolean withinTolerance(long[] counts, long n) {
        double expected = (double) n / counts.length;
        for (long c : counts) {
            if (Math.abs(c - expected) > TOLERANCE * expected) {
                return false;
            }
        }
        return true;
    }
}
