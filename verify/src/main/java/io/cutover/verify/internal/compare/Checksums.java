package io.cutover.verify.internal.compare;

import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.internal.canonical.CanonicalSql;
import io.cutover.verify.internal.canonical.JavaCanonical;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Row count and checksum of a key range of one table, computed by the database
 * ({@code SELECT COUNT(*), <fold of row texts> ... WHERE <range>}), or in Java from streamed rows when a
 * column has no SQL canonical form. {@code countOnly} skips the checksum.
 */
final class Checksums {
    private Checksums() {
    }

    /** The range's sum on the source ({@code table} null) or on one physical table. */
    static Sum of(TableSpec spec, Side side, PhysicalTable table, List<Object> lower, List<Object> upper,
                  boolean countOnly) throws SQLException {
        boolean source = table == null;
        if (spec.javaOnly() && !countOnly) {
            return streamed(spec, side, table, lower, upper);
        }
        CanonicalSql sql = side.sql();
        List<KeyColumn> key = source ? spec.key() : spec.targetKey();
        TableRef ref = source ? spec.source() : new TableRef(null, table.tableName());
        KeyRange range = KeyRange.of(side.flavor(), key, lower, upper);
        String select = "SELECT COUNT(*)";
        if (!countOnly) {
            select += ", " + sql.fold(rowText(spec, side, source));
        }
        try (Connection c = side.connect();
             PreparedStatement p = c.prepareStatement(select + " FROM " + ref.sql(side.flavor()) + " WHERE "
                     + range.condition())) {
            range.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new Sum(rs.getLong(1), countOnly ? 0 : sql.readFold(rs, 2));
            }
        }
    }

    /**
     * The source range's sum split by the physical table the router sends each row to, indexed by
     * {@link PhysicalTable#index()} of a {@linkplain TableSpec#routed() routed} table. With the router's SQL twin
     * ({@link TableSpec#sourceIndex()}) the database groups the range by physical table; otherwise the shard key
     * and the row hash of every row are streamed and routed in Java, so memory does not grow with the range.
     */
    static Sum[] shares(TableSpec spec, Side source, List<Object> lower, List<Object> upper) throws SQLException {
        if (spec.sourceIndex() != null && !spec.javaOnly()) {
            Sum[] grouped = grouped(spec, source, lower, upper);
            if (grouped != null) {
                return grouped;
            }
        }
        int tables = spec.route().all().size();
        long[] counts = new long[tables];
        long[] folds = new long[tables];
        if (spec.javaOnly()) {
            JavaCanonical canonical = new JavaCanonical();
            try (RowReader r = new RowReader(spec, source, true, null, lower, upper)) {
                for (Row row = r.next(); row != null; row = r.next()) {
                    int t = spec.home(row.values(), spec.route().all()).index();
                    counts[t]++;
                    folds[t] ^= canonical.hash(JavaCanonical.row(row.texts()));
                }
            }
        } else {
            CanonicalSql sql = source.sql();
            KeyRange range = KeyRange.of(source.flavor(), spec.key(), lower, upper);
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i : spec.shardKeyIndexes()) {
                select.append(source.flavor().quote(spec.columns().get(i).sourceName())).append(", ");
            }
            select.append(sql.hash(rowText(spec, source, true))).append(" FROM ")
                    .append(spec.source().sql(source.flavor())).append(" WHERE ").append(range.condition());
            int keys = spec.shardKeyIndexes().length;
            try (Connection c = source.connect()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
                try (PreparedStatement p = c.prepareStatement(select.toString())) {
                    p.setFetchSize(1000);
                    range.bind(p, 1);
                    try (ResultSet rs = p.executeQuery()) {
                        Object[] shardKey = new Object[keys];
                        while (rs.next()) {
                            for (int k = 0; k < keys; k++) {
                                shardKey[k] = rs.getObject(k + 1);
                            }
                            int t = spec.route().route(shardKey).index();
                            counts[t]++;
                            folds[t] ^= sql.readFold(rs, keys + 1);
                        }
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(autoCommit);
                }
            }
        }
        return sums(counts, folds);
    }

    /**
     * {@code SELECT <index>, COUNT(*), <fold> ... GROUP BY 1}; null when some row has no index (a key the router
     * rejects), so that the Java path reports the router's own error.
     */
    private static Sum[] grouped(TableSpec spec, Side source, List<Object> lower, List<Object> upper)
            throws SQLException {
        CanonicalSql sql = source.sql();
        KeyRange range = KeyRange.of(source.flavor(), spec.key(), lower, upper);
        int tables = spec.route().all().size();
        long[] counts = new long[tables];
        long[] folds = new long[tables];
        try (Connection c = source.connect();
             PreparedStatement p = c.prepareStatement("SELECT " + spec.sourceIndex() + ", COUNT(*), "
                     + sql.fold(rowText(spec, source, true)) + " FROM " + spec.source().sql(source.flavor())
                     + " WHERE " + range.condition() + " GROUP BY 1")) {
            range.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int t = rs.getInt(1);
                    if (rs.wasNull()) {
                        return null;
                    }
                    counts[t] = rs.getLong(2);
                    folds[t] = sql.readFold(rs, 3);
                }
            }
        }
        return sums(counts, folds);
    }

    private static Sum[] sums(long[] counts, long[] folds) {
        Sum[] sums = new Sum[counts.length];
        for (int t = 0; t < sums.length; t++) {
            sums[t] = new Sum(counts[t], folds[t]);
        }
        return sums;
    }

    // the canonical row text of the source or of a physical table, as SQL
    private static String rowText(TableSpec spec, Side side, boolean source) {
        CanonicalSql sql = side.sql();
        List<String> columns = new ArrayList<>();
        for (Column c : spec.columns()) {
            columns.add(sql.column(c.kind(), source ? c.sourceType() : c.targetType(),
                    side.flavor().quote(source ? c.sourceName() : c.targetName())));
        }
        return sql.row(columns);
    }

    private static Sum streamed(TableSpec spec, Side side, PhysicalTable table, List<Object> lower,
                                List<Object> upper) throws SQLException {
        JavaCanonical canonical = new JavaCanonical();
        long count = 0;
        long fold = 0;
        try (RowReader r = new RowReader(spec, side, table == null, table, lower, upper)) {
            for (Row row = r.next(); row != null; row = r.next()) {
                count++;
                fold ^= canonical.hash(JavaCanonical.row(row.texts()));
            }
        }
        return new Sum(count, fold);
    }
}
