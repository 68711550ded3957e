package io.cutover.cdc.snapshot;

import io.cutover.cdc.internal.apply.TargetTable;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.value.IntervalValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.util.PGInterval;

/**
 * One chunk's rows for one shard, written in one transaction: the chunk's key range deleted from each of
 * the table's physical tables there (a rerun of a crashed chunk starts clean), the rows as multi-row
 * inserts sized by bytes, and the chunk's {@code copied} row. Nothing remains when it is not committed.
 */
final class ShardSink implements AutoCloseable {
    private static final long MAX_BYTES = 2L << 20;
    private static final int MAX_ROWS = 5000;

    private final Connection connection;
    private final ChangeStatements sql;
    private final TargetTable target;
    private final int maxRows;
    private final Map<String, List<Object[]>> rows = new HashMap<>();
    private final Map<String, Long> bytes = new HashMap<>();
    /** Per physical table, the JDBC type of each target column; read only for tables with interval values. */
    private final Map<String, int[]> columnTypes = new HashMap<>();

    ShardSink(Connection connection, ChangeStatements sql, TargetTable target) throws SQLException {
        this.connection = connection;
        this.sql = sql;
        this.target = target;
        this.maxRows = Math.min(MAX_ROWS, sql.maxParameters() / target.columns().length);
        noForeignKeyChecks(connection);
        connection.setAutoCommit(false);
        // no gap locks: parallel chunks of one table delete and insert next to each other without deadlocks
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * Chunks of all tables are copied in parallel and in no particular order, so a row can arrive before the
     * row it references; the rows are consistent at the snapshot's point, so the target's foreign keys are not
     * checked while copying (MariaDB/MySQL {@code foreign_key_checks = 0}; PostgreSQL
     * {@code session_replication_role = replica}, which needs a superuser or the SET privilege: without it the
     * keys stay checked and a violation fails its chunk with the database's message).
     */
    private static void noForeignKeyChecks(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement s = connection.createStatement()) {
            if (product.contains("postgres")) {
                s.execute("SET session_replication_role = replica");
            } else if (product.contains("mariadb") || product.contains("mysql")) {
                s.execute("SET SESSION foreign_key_checks = 0");
            }
        } catch (SQLException e) {
            if (!product.contains("postgres")) {
                throw e;
            }
        }
    }

    /** Deletes the chunk's key range from the physical tables on this shard. */
    void clear(List<PhysicalTable> tables, SqlFlavor flavor, KeyRange range) throws SQLException {
        for (PhysicalTable t : tables) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + flavor.quote(t.tableName())
                    + " WHERE " + range.condition())) {
                range.bind(p, 1);
                p.executeUpdate();
            }
        }
    }

    void add(PhysicalTable table, Object[] row, long size) throws SQLException {
        String name = table.tableName();
        List<Object[]> batch = rows.computeIfAbsent(name, k -> new ArrayList<>());
        long total = bytes.getOrDefault(name, 0L);
        if (!batch.isEmpty() && (batch.size() >= maxRows || total + size > MAX_BYTES)) {
            flush(name, batch);
            total = 0;
        }
        batch.add(row);
        bytes.put(name, total + size);
    }

    /** Writes what is buffered and the chunk's copied row, and commits. */
    void commit(String job, String table, int chunk, long sourceRows) throws SQLException {
        for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
            if (!e.getValue().isEmpty()) {
                flush(e.getKey(), e.getValue());
            }
        }
        try (PreparedStatement p = connection.prepareStatement(SnapshotSql.insert())) {
            SnapshotState.bindRow(p, job, table, chunk, SnapshotSql.COPIED, null, null, sourceRows, null);
            p.executeUpdate();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }

    private void flush(String table, List<Object[]> batch) throws SQLException {
        String[] columns = target.columns();
        try (PreparedStatement p = connection.prepareStatement(sql.upsert(table, columns, target.isKey(), batch.size()))) {
            int i = 1;
            for (Object[] row : batch) {
                for (int c = 0; c < row.length; c++) {
                    Object v = row[c];
                    p.setObject(i++, v instanceof PGInterval interval ? interval(table, c, interval) : v);
                }
            }
            p.executeUpdate();
        }
        batch.clear();
        bytes.put(table, 0L);
    }

    /**
     * A source interval as the target column stores it: a MySQL-family target has no interval type and keeps
     * YEAR TO MONTH as total months in an integer column and DAY TO SECOND as total microseconds in a BIGINT
     * (docs/type-mapping.md, the same rule as the stream's decoder); a PostgreSQL target takes the interval.
     */
    private Object interval(String table, int column, PGInterval pg) throws SQLException {
        int type = columnTypes(table)[column];
        if (type != Types.BIGINT && type != Types.INTEGER && type != Types.SMALLINT && type != Types.TINYINT) {
            return pg;
        }
        long micros = ((long) pg.getHours() * 60 + pg.getMinutes()) * 60_000_000L
                + pg.getWholeSeconds() * 1_000_000L + pg.getMicroSeconds();
        IntervalValue value = new IntervalValue((long) pg.getYears() * 12 + pg.getMonths(), pg.getDays(), micros);
        return type == Types.BIGINT ? value.totalMicros() : value.totalMonths();
    }

    private int[] columnTypes(String table) throws SQLException {
        int[] types = columnTypes.get(table);
        if (types == null) {
            Map<String, Integer> byName = new HashMap<>();
            try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                    table, null)) {
                while (rs.next()) {
                    byName.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
                }
            }
            String[] columns = target.columns();
            types = new int[columns.length];
            for (int c = 0; c < columns.length; c++) {
                types[c] = byName.getOrDefault(columns[c].toUpperCase(Locale.ROOT), Types.OTHER);
            }
            columnTypes.put(table, types);
        }
        return types;
    }
}
