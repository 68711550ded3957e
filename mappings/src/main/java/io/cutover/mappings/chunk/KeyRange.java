package io.cutover.mappings.chunk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE condition of a key range, {@code lower < (k1, k2, ...) <= upper} compared as row values,
 * written without row-value syntax so that MySQL/MariaDB, PostgreSQL and Oracle all run it and can use
 * the key's index: {@code (a,b) > (?,?)} becomes {@code a >= ? AND (a > ? OR (a = ? AND b > ?))}; the
 * leading {@code a >= ?} gives range optimizers an index bound. Binds are collected in placeholder order.
 */
public final class KeyRange {
    private final String condition;
    private final List<Object> binds;

    private KeyRange(String condition, List<Object> binds) {
        this.condition = condition;
        this.binds = binds;
    }

    /** The condition of a range; either bound may be null (open). "1=1" when both are. */
    public static KeyRange of(SqlFlavor flavor, List<KeyColumn> key, List<Object> lowerExclusive,
                              List<Object> upperInclusive) {
        List<String> parts = new ArrayList<>(2);
        List<Object> binds = new ArrayList<>();
        if (lowerExclusive != null) {
            parts.add(compare(flavor, key, lowerExclusive, ">", ">", binds));
        }
        if (upperInclusive != null) {
            parts.add(compare(flavor, key, upperInclusive, "<", "<=", binds));
        }
        return new KeyRange(parts.isEmpty() ? "1=1" : String.join(" AND ", parts), List.copyOf(binds));
    }

    public static KeyRange of(SqlFlavor flavor, List<KeyColumn> key, Chunk chunk) {
        return of(flavor, key, chunk.lowerExclusive(), chunk.upperInclusive());
    }

    public String condition() {
        return condition;
    }

    public List<Object> binds() {
        return binds;
    }

    /** Binds the range's values from parameter {@code first}; returns the next free parameter index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        for (Object v : binds) {
            statement.setObject(i++, v);
        }
        return i;
    }

    // (k) compared with values: op on every column but the last, lastOp on the last
    private static String compare(SqlFlavor flavor, List<KeyColumn> key, List<Object> values, String op,
                                  String lastOp, List<Object> binds) {
        if (values.size() != key.size()) {
            throw new IllegalArgumentException("expected " + key.size() + " key values for " + key + ", got " + values);
        }
        String first = flavor.keyExpression(key.get(0));
        if (key.size() == 1) {
            binds.add(values.get(0));
            return first + " " + lastOp + " ?";
        }
        StringBuilder sb = new StringBuilder(first).append(' ').append(op).append("= ? AND (");
        binds.add(values.get(0));
        for (int i = 0; i < key.size(); i++) {
            sb.append(i == 0 ? "" : " OR (");
            for (int j = 0; j < i; j++) {
                sb.append(flavor.keyExpression(key.get(j))).append(" = ? AND ");
                binds.add(values.get(j));
            }
            sb.append(flavor.keyExpression(key.get(i))).append(' ').append(i == key.size() - 1 ? lastOp : op).append(" ?");
            binds.add(values.get(i));
            sb.append(i == 0 ? "" : ")");
        }
        return sb.append(')').toString();
    }
}
