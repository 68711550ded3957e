package io.cutover.cdc.internal.apply;

import java.util.Arrays;

/** The row key values of one row, usable as a map key (byte[] key columns compare by content). */
final class RowKey {
    private final Object[] values;
    private final int hash;

    RowKey(Object[] row, int[] keyIndexes) {
        values = new Object[keyIndexes.length];
        for (int k = 0; k < keyIndexes.length; k++) {
            values[k] = row[keyIndexes[k]];
        }
        hash = Arrays.deepHashCode(values);
    }

    Object[] values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && hash == k.hash && Arrays.deepEquals(values, k.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
