package io.cutover.mappings.shard;

import io.cutover.mappings.value.CanonicalValues;
import java.math.BigDecimal;

/**
 * {@code range} with numeric boundaries: index = number of boundaries {@code <=} key, compared as exact
 * decimals (so Long 10, BigDecimal 10.00 and Double 10.0 are equal). Integer keys against integer
 * boundaries compare as longs.
 */
final class NumericRangeFunction implements ShardFunction {
    private final String table;
    private final String column;
    private final BigDecimal[] bounds;
    private final long[] longBounds; // the same bounds when all are integers in long range, else null

    NumericRangeFunction(String table, String column, BigDecimal[] bounds) {
        this.table = table;
        this.column = column;
        this.bounds = bounds.clone();
        this.longBounds = asLongs(bounds);
    }

    @Override
    public int index(Object key) {
        if (longBounds != null && (key instanceof Long || key instanceof Integer || key instanceof Short
                || key instanceof Byte)) {
            return countAtOrBelow(((Number) key).longValue());
        }
        if (!CanonicalValues.isNumber(key)) {
            throw KeyErrors.unusable(table, column, "range",
                    "the boundaries are numbers, so the key must be a number, " + KeyErrors.found(key));
        }
        BigDecimal k;
        try {
            k = CanonicalValues.decimal(key);
        } catch (IllegalArgumentException e) {
            throw KeyErrors.unusable(table, column, "range", e.getMessage());
        }
        int lo = 0;
        int hi = bounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[mid].compareTo(k) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int index(Object[] keyValues) {
        return index(keyValues[0]);
    }

    private int countAtOrBelow(long k) {
        int lo = 0;
        int hi = longBounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (longBounds[mid] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] asLongs(BigDecimal[] bounds) {
        long[] out = new long[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            try {
                out[i] = bounds[i].longValueExact();
            } catch (ArithmeticException notALong) {
                return null;
            }
        }
        return out;
    }
}
