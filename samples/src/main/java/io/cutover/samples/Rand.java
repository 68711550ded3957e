package io.cutover.samples;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random values drawn from a stream seeded by (run seed, table, entity id): any row can be rebuilt on its own, so
 * each table is generated in one pass and the same seed always gives the same rows.
 */
final class Rand {
    private final SplittableRandom random;

    private Rand(long state) {
        this.random = new SplittableRandom(state);
    }

    static Rand of(long seed, ShopTable table, long id) {
        return new Rand(mix(mix(seed) + table.ordinal() * 0x9E3779B97F4A7C15L + id));
    }

    /** Stafford's mix13 finaliser: nearby inputs give unrelated states. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [from, to], both inclusive. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    long betweenLong(long from, long to) {
        return random.nextLong(from, to + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A decimal with {@code scale} fraction digits, at most {@code max} (in units of the last digit). */
    BigDecimal decimal(long max, int scale) {
        return BigDecimal.valueOf(random.nextLong(max + 1), scale);
    }

    /** A positive integer of exactly {@code digits} decimal digits. */
    BigDecimal digits(int digits) {
        StringBuilder s = new StringBuilder(digits).append((char) ('1' + random.nextInt(9)));
        while (s.length() < digits) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return new BigDecimal(new BigInteger(s.toString()));
    }

    byte[] bytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    /** Words from {@code vocabulary} until the text has at least {@code length} characters. */
    String text(List<String> vocabulary, int length) {
        StringBuilder s = new StringBuilder(length + 16);
        while (s.length() < length) {
            if (!s.isEmpty()) {
                s.append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            s.append(pick(vocabulary));
        }
        return s.toString();
    }
}
