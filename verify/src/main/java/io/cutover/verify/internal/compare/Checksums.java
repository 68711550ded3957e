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
            List<String> columns = new ArrayList<>();
            for (Column c : spec.columns()) {
                columns.add(sql.column(c.kind(), source ? c.sourceType() : c.targetType(),
                        side.flavor().quote(source ? c.sourceName() : c.targetName())));
            }
            select += ", " + sql.fold(sql.row(columns));
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
