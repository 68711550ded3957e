package io.cutover.mappings.shard;

import io.cutover.mappings.value.CanonicalValues;
import java.util.List;

/**
 * {@code hash}: index = first 8 bytes of MD5(canonical key text, UTF-8) as an unsigned big-endian
 * 64-bit integer, modulo T. A composite key's text joins the canonical texts of its columns with
 * U+001F (unit separator).
 */
final class HashFunction implements ShardFunction {
    static final char SEPARATOR = '\u001F';

    private final String table;
    private final List<String> columns;
    private final long total;

    HashFunction(String table, List<String> columns, int total) {
        this.table = table;
        this.columns = columns;
        this.total = total;
    }

    @Override
    public int index(Object key) {
        return bucket(text(key, 0));
    }

    @Override
    public int index(Object[] keyValues) {
        if (keyValues.length == 1) {
            return index(keyValues[0]);
        }
        StringBuilder sb = new StringBuilder(16 * keyValues.length);
        for (int i = 0; i < keyValues.length; i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(text(keyValues[i], i));
        }
        return bucket(sb.toString());
    }

    private int bucket(String keyText) {
        return (int) Long.remainderUnsigned(Md5Prefix.of(keyText), total);
    }

    private String text(Object value, int column) {
        try {
            return CanonicalValues.text(value);
        } catch (IllegalArgumentException e) {
            throw KeyErrors.unusable(table, columns.get(column), "hash", e.getMessage());
        }
    }
}
