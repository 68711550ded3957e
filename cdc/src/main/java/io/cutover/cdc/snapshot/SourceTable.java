package io.cutover.cdc.snapshot;

import io.cutover.cdc.internal.apply.TargetTable;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.shard.TableRoute;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One mapped table as the snapshot copies it: the source table and its chunk key, the target shape, which
 * source column feeds each target column, and where the shard key sits in a row (target column order).
 */
final class SourceTable {
    final TableRoute route;
    final TargetTable target;
    /** The target's column types, in {@code target} column order. */
    final ColumnTypes types;
    final TableRef ref;
    final List<KeyColumn> key;
    /** The chunk key under the target's column names, for deleting a chunk's range on the target. */
    final List<KeyColumn> targetKey;
    private final String[] sourceColumns;
    /** Per target column: read as a wall clock ({@link WallClocks}). */
    final boolean[] wallClock;
    private final int[] shardKey;

    /** A source table's column names as its database reports them, and which are zone-less timestamps. */
    record SourceColumns(List<String> names, Set<String> wallClocks) {
    }

    SourceTable(TableRoute route, TargetTable target, ColumnTypes types, TableRef ref, List<KeyColumn> key,
                SourceColumns source) {
        this.route = route;
        this.target = target;
        this.types = types;
        this.ref = ref;
        this.key = List.copyOf(key);
        Map<String, String> byName = new HashMap<>();
        source.names().forEach(c -> byName.put(c.toUpperCase(Locale.ROOT), c));
        String[] columns = target.columns();
        this.sourceColumns = new String[columns.length];
        this.wallClock = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String s = byName.get(columns[i].toUpperCase(Locale.ROOT));
            if (s == null) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + target.name() + " has column "
                        + columns[i] + ", which source table " + ref + " lacks; the target schema does not match the"
                        + " source (cutover schema convert, then schema apply)");
            }
            this.sourceColumns[i] = s;
            this.wallClock[i] = source.wallClocks().contains(s);
        }
        List<KeyColumn> tk = new ArrayList<>();
        for (KeyColumn k : key) {
            int i = target.indexOf(k.name());
            if (i < 0) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + target.name() + " lacks key"
                        + " column " + k.name() + " of source table " + ref);
            }
            tk.add(new KeyColumn(columns[i], k.text()));
        }
        this.targetKey = List.copyOf(tk);
        List<String> shardColumns = route.keyColumns();
        this.shardKey = new int[shardColumns.size()];
        for (int k = 0; k < shardKey.length; k++) {
            shardKey[k] = target.indexOf(shardColumns.get(k));
        }
    }

    /**
     * The target table without its generated columns (MariaDB turns a function-based index into one, e.g.
     * {@code ix_customers_email_upper_0_expr1}): the database computes them, so they are neither read from the
     * source nor written.
     */
    static TargetTable writable(TargetTable target, DataSource shard, String physicalTable) throws SQLException {
        Set<String> generated = new HashSet<>();
        try (Connection c = shard.getConnection()) {
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), physicalTable, null)) {
                while (rs.next()) {
                    if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                        generated.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("mariadb") || product.contains("mysql")) {
                // the driver misses VIRTUAL INVISIBLE columns (EXTRA "VIRTUAL GENERATED, INVISIBLE")
                try (PreparedStatement p = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND GENERATION_EXPRESSION IS NOT NULL"
                        + " AND GENERATION_EXPRESSION <> ''")) {
                    p.setString(1, physicalTable);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            generated.add(rs.getString(1).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        if (generated.isEmpty()) {
            return target;
        }
        List<String> columns = new ArrayList<>();
        for (String column : target.columns()) {
            if (!generated.contains(column.toUpperCase(Locale.ROOT))) {
                columns.add(column);
            }
        }
        return new TargetTable(target.name(), columns, List.of(target.keyColumns()));
    }

    /** The columns of a source table, as its database reports them. */
    static SourceColumns columns(Connection source, TableRef ref, SqlFlavor flavor) throws SQLException {
        try (Statement s = source.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + ref.sql(flavor) + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> names = new ArrayList<>(md.getColumnCount());
            Set<String> wallClocks = new HashSet<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i));
                if (WallClocks.is(flavor, md.getColumnType(i), md.getColumnTypeName(i))) {
                    wallClocks.add(md.getColumnName(i));
                }
            }
            return new SourceColumns(names, wallClocks);
        }
    }

    String name() {
        return route.sourceTable();
    }

    /** The query reading one chunk, target columns in order; binds from {@link #range}. */
    String select(SqlFlavor flavor, String asOf, Chunk chunk) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < sourceColumns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(WallClocks.select(flavor, flavor.quote(sourceColumns[i]), wallClock[i]));
        }
        return sql.append(" FROM ").append(ref.sql(flavor)).append(asOf).append(" WHERE ")
                .append(range(flavor, chunk).condition()).toString();
    }

    KeyRange range(SqlFlavor flavor, Chunk chunk) {
        return KeyRange.of(flavor, key, chunk);
    }

    /** The query counting the rows at the snapshot's point. */
    String count(SqlFlavor flavor, String asOf) {
        return "SELECT COUNT(*) FROM " + ref.sql(flavor) + asOf;
    }

    /** The shard key values of a row in target column order, in the route's key order. */
    Object[] shardKey(Object[] row) {
        Object[] values = new Object[shardKey.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = row[shardKey[k]];
        }
        return values;
    }
}
