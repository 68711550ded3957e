package io.cutover.cdc.internal.apply;

import io.cutover.mappings.chunk.KeyCodec;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.position.Position;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes one shard batch in one transaction: cleared tables first, then deletes by key, then multi-row
 * upserts grouped by the set of columns written (rows with unchanged-LOB placeholders write fewer
 * columns), then the shard's {@code cutover_position} rows and the batch's changed keys
 * ({@code cutover_touched}, see {@link StateSql}). Nothing is written when the batch fails.
 */
final class ShardWriter {
    private static final int MAX_ROWS_PER_STATEMENT = 1000;
    private static final long MAX_BYTES_PER_STATEMENT = 4L << 20;

    private final String job;
    private final DataSource pool;
    private final Dialect dialect;
    private final ChangeStatements sql;
    private final boolean mysql;
    /** Progress per physical table; only the writing thread touches it, readers get {@link #progress()}. */
    private final Map<String, ShardProgress.TableProgress> tables = new HashMap<>();
    private ShardProgress progress = ShardProgress.NONE;
    /** The number of the shard's last committed batch in {@code cutover_touched}. */
    private long touchedSeq;
    private long touchedTrimmedMillis;
    private final List<Object[]> chunk = new ArrayList<>();

    ShardWriter(String job, DataSource pool, Dialect dialect) {
        this.job = job;
        this.pool = pool;
        this.dialect = dialect;
        this.sql = ChangeStatements.of(dialect);
        this.mysql = dialect.family() == Dialect.Family.MYSQL;
    }

    /** Creates the state table if needed and reads what the shard has applied. */
    ShardProgress load() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(StateSql.create(dialect));
            s.execute(StateSql.createTouched(dialect));
            try (PreparedStatement p = c.prepareStatement(StateSql.lastTouched())) {
                p.setString(1, job);
                try (ResultSet rs = p.executeQuery()) {
                    touchedSeq = rs.next() ? rs.getLong(1) : 0;
                }
            }
            Position applied = null;
            long sourceMillis = 0;
            long rows = 0;
            try (PreparedStatement p = c.prepareStatement(StateSql.select())) {
                p.setString(1, job);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(1);
                        Position position = Position.parse(rs.getString(2));
                        if (StateSql.SHARD_ROW.equals(table)) {
                            applied = position;
                            sourceMillis = rs.getLong(3);
                        } else {
                            rows += rs.getLong(5);
                            tables.put(table, new ShardProgress.TableProgress(rs.getLong(5), position, rs.getLong(3)));
                        }
                    }
                }
            }
            progress = new ShardProgress(applied, sourceMillis, rows, Map.copyOf(tables));
            return progress;
        }
    }

    /** What the shard had applied at its last commit; safe to publish to other threads. */
    ShardProgress progress() {
        return progress;
    }

    void write(ShardBatch batch) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (TableBatch t : batch.tables) {
                    if (t.cleared) {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate(sql.deleteAll(t.table.tableName()));
                        }
                    }
                }
                for (TableBatch t : batch.tables) {
                    writeDeletes(c, t);
                }
                for (TableBatch t : batch.tables) {
                    writeUpserts(c, t);
                }
                writePositions(c, batch);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
        committed(batch);
    }

    private void committed(ShardBatch batch) {
        if (batch.highest != null && !batch.tables.isEmpty()) {
            touchedSeq++;
        }
        long rows = progress.rowsApplied();
        for (TableBatch t : batch.tables) {
            String name = t.table.tableName();
            ShardProgress.TableProgress before = tables.get(name);
            long applied = (before == null ? 0 : before.rowsApplied()) + t.changes;
            tables.put(name, batch.highest == null && before != null
                    ? new ShardProgress.TableProgress(applied, before.position(), before.sourceMillis())
                    : new ShardProgress.TableProgress(applied, batch.highest, batch.highestSourceMillis));
            rows += t.changes;
        }
        boolean advanced = batch.highest != null;
        progress = new ShardProgress(advanced ? batch.highest : progress.applied(),
                advanced ? batch.highestSourceMillis : progress.sourceMillis(), rows, Map.copyOf(tables));
    }

    private void writeDeletes(Connection c, TableBatch t) throws SQLException {
        chunk.clear();
        String[] keyColumns = t.target.keyColumns();
        int maxRows = Math.min(MAX_ROWS_PER_STATEMENT, sql.maxParameters() / keyColumns.length);
        for (Map.Entry<RowKey, Object[]> e : t.rows.entrySet()) {
            if (e.getValue() == null) {
                chunk.add(e.getKey().values());
                if (chunk.size() == maxRows) {
                    execute(c, sql.delete(t.table.tableName(), keyColumns, chunk.size()), chunk, null);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            execute(c, sql.delete(t.table.tableName(), keyColumns, chunk.size()), chunk, null);
        }
    }

    private void writeUpserts(Connection c, TableBatch t) throws SQLException {
        List<Object[]> partial = null;
        chunk.clear();
        String[] columns = t.target.columns();
        int maxRows = Math.min(MAX_ROWS_PER_STATEMENT, sql.maxParameters() / columns.length);
        long bytes = 0;
        for (Object[] row : t.rows.values()) {
            if (row == null) {
                continue;
            }
            if (hasKeep(row)) {
                if (partial == null) {
                    partial = new ArrayList<>();
                }
                partial.add(row);
                continue;
            }
            long size = size(row);
            if (!chunk.isEmpty() && (chunk.size() == maxRows || bytes + size > MAX_BYTES_PER_STATEMENT)) {
                execute(c, sql.upsert(t.table.tableName(), columns, t.target.isKey(), chunk.size()), chunk, null);
                chunk.clear();
                bytes = 0;
            }
            chunk.add(row);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            execute(c, sql.upsert(t.table.tableName(), columns, t.target.isKey(), chunk.size()), chunk, null);
        }
        if (partial != null) {
            writePartialUpserts(c, t, partial);
        }
    }

    /** Rows that keep some columns: one statement per distinct set of written columns. */
    private void writePartialUpserts(Connection c, TableBatch t, List<Object[]> rows) throws SQLException {
        Map<String, List<Object[]>> byColumns = new HashMap<>();
        for (Object[] row : rows) {
            StringBuilder mask = new StringBuilder(row.length);
            for (Object v : row) {
                mask.append(v == Change.KEEP ? '0' : '1');
            }
            byColumns.computeIfAbsent(mask.toString(), k -> new ArrayList<>()).add(row);
        }
        String[] all = t.target.columns();
        boolean[] allKey = t.target.isKey();
        for (Map.Entry<String, List<Object[]>> e : byColumns.entrySet()) {
            String mask = e.getKey();
            int n = 0;
            for (int i = 0; i < mask.length(); i++) {
                n += mask.charAt(i) == '1' ? 1 : 0;
            }
            String[] columns = new String[n];
            boolean[] isKey = new boolean[n];
            int[] indexes = new int[n];
            for (int i = 0, j = 0; i < mask.length(); i++) {
                if (mask.charAt(i) == '1') {
                    columns[j] = all[i];
                    isKey[j] = allKey[i];
                    indexes[j++] = i;
                }
            }
            List<Object[]> group = e.getValue();
            int maxRows = Math.min(MAX_ROWS_PER_STATEMENT, sql.maxParameters() / n);
            for (int from = 0; from < group.size(); from += maxRows) {
                List<Object[]> part = group.subList(from, Math.min(group.size(), from + maxRows));
                execute(c, sql.upsert(t.table.tableName(), columns, isKey, part.size()), part, indexes);
            }
        }
    }

    private void writePositions(Connection c, ShardBatch batch) throws SQLException {
        if (batch.highest == null) {
            return; // snapshot rows only: a restarted snapshot rewrites them, nothing to skip
        }
        long now = System.currentTimeMillis();
        String position = batch.highest.toString();
        List<Object[]> rows = new ArrayList<>(batch.tables.size() + 1);
        long total = progress.rowsApplied();
        for (TableBatch t : batch.tables) {
            ShardProgress.TableProgress before = tables.get(t.table.tableName());
            long applied = (before == null ? 0 : before.rowsApplied()) + t.changes;
            rows.add(new Object[] {job, t.table.tableName(), position, batch.highestSourceMillis, now, applied});
            total += t.changes;
        }
        rows.add(new Object[] {job, StateSql.SHARD_ROW, position, batch.highestSourceMillis, now, total});
        execute(c, StateSql.upsert(sql, rows.size()), rows, null);
        if (!batch.tables.isEmpty()) {
            writeTouched(c, batch, position, now);
        }
    }

    private void writeTouched(Connection c, ShardBatch batch, String position, long now) throws SQLException {
        List<Object[]> rows = new ArrayList<>(batch.tables.size());
        for (TableBatch t : batch.tables) {
            rows.add(new Object[] {job, touchedSeq + 1, t.table.tableName(), position, now, touchedKeys(t)});
        }
        execute(c, StateSql.insertTouched(sql, rows.size()), rows, null);
        if (now - touchedTrimmedMillis >= StateSql.TOUCHED_TRIM_EVERY_MS) {
            touchedTrimmedMillis = now;
            try (PreparedStatement p = c.prepareStatement(StateSql.trimTouched())) {
                p.setString(1, job);
                p.setLong(2, now - StateSql.TOUCHED_RETENTION_MS);
                p.setLong(3, touchedSeq + 1);
                p.executeUpdate();
            }
        }
    }

    /** The batch's row keys of one physical table; null when the whole table counts as changed. */
    private static String touchedKeys(TableBatch t) {
        if (t.cleared) {
            return null;
        }
        StringBuilder keys = new StringBuilder();
        try {
            for (RowKey k : t.rows.keySet()) {
                for (Object v : k.values()) {
                    KeyCodec.append(keys, v);
                }
            }
        } catch (IllegalArgumentException e) {
            return null; // a key type KeyCodec cannot store
        }
        return keys.toString();
    }

    private void execute(Connection c, String statement, List<Object[]> rows, int[] indexes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(statement)) {
            int n = 1;
            for (Object[] row : rows) {
                if (indexes == null) {
                    for (Object v : row) {
                        bind(p, n++, v);
                    }
                } else {
                    for (int i : indexes) {
                        bind(p, n++, row[i]);
                    }
                }
            }
            p.executeUpdate();
        }
    }

    /**
     * Binds the common value types with their own setters: MariaDB Connector/J's setObject searches its codec list
     * for every value (a third of the apply threads' profile samples). MySQL-family DATETIME has no zone: zoned values are written in
     * UTC, as canonical values compare them.
     */
    private void bind(PreparedStatement p, int n, Object v) throws SQLException {
        if (v instanceof Long l) {
            p.setLong(n, l);
        } else if (v instanceof String s) {
            p.setString(n, s);
        } else if (v instanceof BigDecimal d) {
            p.setBigDecimal(n, d);
        } else if (v instanceof byte[] b) {
            p.setBytes(n, b);
        } else if (mysql && v instanceof OffsetDateTime t) {
            p.setObject(n, LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
        } else {
            p.setObject(n, v);
        }
    }

    private static boolean hasKeep(Object[] row) {
        for (Object v : row) {
            if (v == Change.KEEP) {
                return true;
            }
        }
        return false;
    }

    private static long size(Object[] row) {
        long size = 0;
        for (Object v : row) {
            if (v instanceof String s) {
                size += s.length() * 3L;
            } else if (v instanceof byte[] b) {
                size += b.length * 2L;
            } else {
                size += 16;
            }
        }
        return size;
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
