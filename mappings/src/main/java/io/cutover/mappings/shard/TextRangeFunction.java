package io.cutover.mappings.shard;

import io.cutover.mappings.value.CanonicalValues;
import io.cutover.mappings.value.TextOrder;
import java.time.temporal.Temporal;
import java.util.Date;

/**
 * {@code range} with string boundaries: index = number of boundaries {@code <=} key in Unicode code point
 * order ({@link TextOrder}, Oracle's binary order). A date/time key compares by its canonical text
 * ({@code 2024-03-01 12:00:00}), so boundaries such as {@code "2024-01-01"} split by date.
 */
final class TextRangeFunction implements ShardFunction {
    private final String table;
    private final String column;
    private final String[] bounds;

    TextRangeFunction(String table, String column, String[] bounds) {
        this.table = table;
        this.column = column;
        this.bounds = bounds.clone();
    }

    @Override
    public int index(Object key) {
        String k = text(key);
        int lo = 0;
        int hi = bounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (TextOrder.compare(bounds[mid], k) <= 0) {
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

    private String text(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Temporal || key instanceof Date) {
            try {
                return CanonicalValues.text(key);
            } catch (IllegalArgumentException e) {
                throw KeyErrors.unusable(table, column, "range", e.getMessage());
            }
        }
        throw KeyErrors.unusable(table, column, "range",
                "the boundaries are strings, so the key must be a string or a date/time, " + KeyErrors.found(key));
    }
}
