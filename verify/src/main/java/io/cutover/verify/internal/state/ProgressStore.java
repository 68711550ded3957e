package io.cutover.verify.internal.state;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.verify.Difference;
import io.cutover.verify.Mode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Verify progress in table {@code cutover_verify} on the first shard: one row per job and table with the
 * chunks done, the last finished key ({@link io.cutover.mappings.chunk.KeyCodec}) and the counts so far,
 * written after every chunk. All of its SQL is here.
 */
public final class ProgressStore {
    static final String TABLE = "cutover_verify";
    private static final String[] COLUMNS = {"job", "table_name", "verify_mode", "chunks_done", "last_key",
        "rows_checked", "matched_chunks", "missing", "extra", "different", "misplaced", "counted", "millis", "finished"};
    private static final boolean[] KEY = {true, true, false, false, false, false, false, false, false, false, false,
        false, false, false};
    private static final Difference.Kind[] KINDS = {Difference.Kind.MISSING, Difference.Kind.EXTRA,
        Difference.Kind.DIFFERENT, Difference.Kind.MISPLACED, Difference.Kind.COUNT};

    private final DataSource shard;
    private final ChangeStatements sql;
    private final String job;

    /** One table's progress. {@code lastKey} is null before the first chunk finished. */
    public record Saved(String table, Mode mode, int chunksDone, String lastKey, long rows, long matchedChunks,
                        Map<Difference.Kind, Long> counts, long millis, boolean finished) {
    }

    public ProgressStore(DataSource shard, ChangeStatements sql, String job) {
        this.shard = shard;
        this.sql = sql;
        this.job = job;
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (job VARCHAR(128) NOT NULL,"
                        + " table_name VARCHAR(256) NOT NULL, verify_mode VARCHAR(16) NOT NULL, chunks_done INT NOT NULL,"
                        + " last_key TEXT, rows_checked BIGINT NOT NULL, matched_chunks BIGINT NOT NULL,"
                        + " missing BIGINT NOT NULL, extra BIGINT NOT NULL, different BIGINT NOT NULL,"
                        + " misplaced BIGINT NOT NULL, counted BIGINT NOT NULL, millis BIGINT NOT NULL,"
                        + " finished INT NOT NULL, PRIMARY KEY (job, table_name))");
            }
            return null;
        });
    }

    public Map<String, Saved> load() {
        return run(c -> {
            Map<String, Saved> saved = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + String.join(", ", COLUMNS) + " FROM " + TABLE
                    + " WHERE job = ?")) {
                p.setString(1, job);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Map<Difference.Kind, Long> counts = new EnumMap<>(Difference.Kind.class);
                        for (int k = 0; k < KINDS.length; k++) {
                            if (rs.getLong(8 + k) > 0) {
                                counts.put(KINDS[k], rs.getLong(8 + k));
                            }
                        }
                        saved.put(rs.getString(2), new Saved(rs.getString(2), Mode.valueOf(rs.getString(3)), rs.getInt(4),
                                rs.getString(5), rs.getLong(6), rs.getLong(7), counts, rs.getLong(13), rs.getInt(14) == 1));
                    }
                }
            }
            return saved;
        });
    }

    public void save(Saved s) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement(sql.upsert(TABLE, COLUMNS, KEY, 1))) {
                Object[] values = {job, s.table(), s.mode().name(), s.chunksDone(), s.lastKey(), s.rows(),
                    s.matchedChunks(), count(s, 0), count(s, 1), count(s, 2), count(s, 3), count(s, 4), s.millis(),
                    s.finished() ? 1 : 0};
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets every table's progress of this job. */
    public void clear() {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + TABLE + " WHERE job = ?")) {
                p.setString(1, job);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static long count(Saved s, int kind) {
        return s.counts().getOrDefault(KINDS[kind], 0L);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = shard.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read or write verify progress (table "
                    + TABLE + " on the first shard): " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
