package io.cutover.cdc.snapshot;

import io.cutover.cdc.internal.apply.TargetTable;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.value.IntervalValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.util.PGInterval;

/**
 * One chunk's rows for one shard, written in one transaction: the chunk's key range deleted from each of
 * the table's physical tables there (a rerun of a crashed chunk starts clean), the rows through the table's
 * {@link BulkLoad} ({@code LOAD DATA} or {@code COPY}) or as multi-row inserts sized by bytes, and the chunk's
 * {@code copied} row. Nothing remains when it is not committed. A batch with a value the bulk text cannot
 * represent exactly goes by INSERT.
 */
final class ShardSink implements AutoCloseable {
    private static final long MAX_BYTES = 2L << 20;
    private static final long MAX_BULK_BYTES = 8L << 20;
    private static final int MAX_ROWS = 5000;

    private final Connection connection;
    private final ChangeStatements sql;
    private final TargetTable target;
    private final ColumnTypes types;
    private final BulkLoad bulk;
    private final RowText text;
    private final AtomicLong insertedRows;
    private final int maxRows;
    private final long maxBytes;
    private final Map<String, List<Object[]>> rows = new HashMap<>();
    private final Map<String, Long> bytes = new HashMap<>();

    /**
     * @param bulk         the table's bulk path; null for INSERTs only
     * @param insertedRows counts rows that went by INSERT although the table has a bulk path
     */
    ShardSink(Connection connection, ChangeStatements sql, SourceTable table, BulkLoad bulk, AtomicLong insertedRows)
            throws SQLException {
        this.connection = connection;
        this.sql = sql;
        this.target = table.target;
        this.types = table.types;
        this.bulk = bulk;
        this.text = bulk == null ? null : bulk.text();
        this.insertedRows = insertedRows;
        this.maxRows = Math.min(MAX_ROWS, sql.maxParameters() / target.columns().length);
        this.maxBytes = bulk == null ? MAX_BYTES : MAX_BULK_BYTES;
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
        if (!batch.isEmpty() && (bulk == null && batch.size() >= maxRows || total + size > maxBytes)) {
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
        for (Object[] row : batch) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] instanceof PGInterval interval) {
                    row[c] = interval(c, interval);
                }
            }
        }
        if (bulk == null) {
            insert(table, batch);
        } else if (encoded(batch)) {
            bulk.load(connection, table, text);
        } else {
            insert(table, batch);
            insertedRows.addAndGet(batch.size());
        }
        batch.clear();
        bytes.put(table, 0L);
    }

    private boolean encoded(List<Object[]> batch) {
        text.clear();
        for (Object[] row : batch) {
            if (!text.append(row)) {
                return false;
            }
        }
        return true;
    }

    private void insert(String table, List<Object[]> batch) throws SQLException {
        for (int from = 0; from < batch.size(); from += maxRows) {
            List<Object[]> part = batch.subList(from, Math.min(batch.size(), from + maxRows));
            try (PreparedStatement p = connection.prepareStatement(sql.upsert(table, target.columns(), target.isKey(),
                    part.size()))) {
                int i = 1;
                for (Object[] row : part) {
                    for (Object v : row) {
                        p.setObject(i++, v);
                    }
                }
                p.executeUpdate();
            }
        }
    }

    /**
     * A source interval as the target column stores it: a MySQL-family target has no interval type and keeps
     * YEAR TO MONTH as total months in an integer column and DAY TO SECOND as total microseconds in a BIGINT
     * (docs/type-mapping.md, the same rule as the stream's decoder); a PostgreSQL target takes the interval.
     */
    private Object interval(int column, PGInterval pg) {
        int type = types.jdbc()[column];
        if (type != Types.BIGINT && type != Types.INTEGER && type != Types.SMALLINT && type != Types.TINYINT) {
            return pg;
        }
        long micros = ((long) pg.getHours() * 60 + pg.getMinutes()) * 60_000_000L
                + pg.getWholeSeconds() * 1_000_000L + pg.getMicroSeconds();
        IntervalValue value = new IntervalValue((long) pg.getYears() * 12 + pg.getMonths(), pg.getDays(), micros);
        return type == Types.BIGINT ? value.totalMicros() : value.totalMonths();
    }
}
