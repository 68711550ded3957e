package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.KeyCodec;
import io.cutover.mappings.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A job's snapshot state as stored in {@code cutover_snapshot} on the shards (see {@link SnapshotSql}):
 * the run's point and state, the chunk plan per table, and per shard the chunks it holds with their rows.
 * Read at every start, so a rerun works out what is left from the stored state alone.
 */
final class SnapshotState {
    final String job;
    private final List<? extends DataSource> shards;
    SourcePoint point;
    String runState;
    final Map<String, List<Chunk>> plan = new HashMap<>();
    /** Per shard: table, then the chunks that shard holds, with their source rows; concurrent maps. */
    final List<Map<String, Map<Integer, Long>>> copied = new ArrayList<>();

    private SnapshotState(String job, List<? extends DataSource> shards) {
        this.job = job;
        this.shards = shards;
    }

    /** Creates the state table on every shard if needed and reads the job's rows. */
    static SnapshotState load(String job, List<? extends DataSource> shards, Dialect dialect) throws SQLException {
        SnapshotState state = new SnapshotState(job, shards);
        for (int s = 0; s < shards.size(); s++) {
            Map<String, Map<Integer, Long>> held = new ConcurrentHashMap<>();
            state.copied.add(held);
            try (Connection c = shards.get(s).getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute(SnapshotSql.create(dialect.family() == Dialect.Family.POSTGRESQL));
                }
                try (PreparedStatement p = c.prepareStatement(SnapshotSql.select())) {
                    p.setString(1, job);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            state.row(s, held, rs);
                        }
                    }
                }
            }
        }
        state.plan.values().forEach(chunks -> chunks.sort((a, b) -> Integer.compare(a.index(), b.index())));
        return state;
    }

    private void row(int shard, Map<String, Map<Integer, Long>> held, ResultSet rs) throws SQLException {
        String table = rs.getString(1);
        int chunk = rs.getInt(2);
        String state = rs.getString(3);
        if (SnapshotSql.RUN_TABLE.equals(table)) {
            point = SourcePoint.fromJson(rs.getString(7));
            runState = state;
        } else if (SnapshotSql.PLANNED.equals(state)) {
            String lower = rs.getString(4);
            String upper = rs.getString(5);
            plan.computeIfAbsent(table, k -> new ArrayList<>()).add(new Chunk(table, chunk,
                    lower == null ? null : KeyCodec.decode(lower), upper == null ? null : KeyCodec.decode(upper)));
        } else if (SnapshotSql.COPIED.equals(state)) {
            held.computeIfAbsent(table, k -> new ConcurrentHashMap<>()).put(chunk, rs.getLong(6));
        }
    }

    /** Forgets the job's snapshot on every shard ({@code --restart}). */
    void clear() throws SQLException {
        for (DataSource shard : shards) {
            try (Connection c = shard.getConnection(); PreparedStatement p = c.prepareStatement(SnapshotSql.deleteJob())) {
                p.setString(1, job);
                p.executeUpdate();
            }
        }
        copied.forEach(Map::clear);
        plan.clear();
        point = null;
        runState = null;
    }

    /** Records the run's point, replacing an earlier run row. */
    void saveRun(SourcePoint value, String state) throws SQLException {
        try (Connection c = shards.get(0).getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement(SnapshotSql.deleteRun());
                 PreparedStatement p = c.prepareStatement(SnapshotSql.insert())) {
                d.setString(1, job);
                d.executeUpdate();
                bindRow(p, job, SnapshotSql.RUN_TABLE, -1, state, null, null, 0, value.toJson());
                p.executeUpdate();
            }
            c.commit();
        }
        point = value;
        runState = state;
    }

    void setRunState(String state) throws SQLException {
        try (Connection c = shards.get(0).getConnection()) {
            setRunState(c, job, state);
        }
        runState = state;
    }

    static void setRunState(Connection c, String job, String state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SnapshotSql.setRunState())) {
            p.setString(1, state);
            p.setLong(2, System.currentTimeMillis());
            p.setString(3, job);
            p.executeUpdate();
        }
    }

    /** Stores a table's chunk plan in one transaction. */
    void savePlan(String table, List<Chunk> chunks) throws SQLException {
        try (Connection c = shards.get(0).getConnection(); PreparedStatement p = c.prepareStatement(SnapshotSql.insert())) {
            c.setAutoCommit(false);
            for (Chunk chunk : chunks) {
                bindRow(p, job, table, chunk.index(), SnapshotSql.PLANNED,
                        chunk.lowerExclusive() == null ? null : KeyCodec.encode(chunk.lowerExclusive()),
                        chunk.upperInclusive() == null ? null : KeyCodec.encode(chunk.upperInclusive()), 0, null);
                p.addBatch();
            }
            p.executeBatch();
            c.commit();
        }
        plan.put(table, new ArrayList<>(chunks));
    }

    /** Notes that the shards marked in {@code shards} committed a chunk; safe from any worker. */
    void copied(boolean[] shards, String table, int chunk, long rows) {
        for (int s = 0; s < shards.length; s++) {
            if (shards[s]) {
                copied.get(s).computeIfAbsent(table, k -> new ConcurrentHashMap<>()).put(chunk, rows);
            }
        }
    }

    /** Which shards still lack a chunk; all false when every shard holds it. */
    boolean[] pending(String table, int chunk) {
        boolean[] pending = new boolean[copied.size()];
        for (int s = 0; s < pending.length; s++) {
            Map<Integer, Long> held = copied.get(s).get(table);
            pending[s] = held == null || !held.containsKey(chunk);
        }
        return pending;
    }

    /** Source rows of a chunk some shard holds already; 0 when none does. */
    long rowsOf(String table, int chunk) {
        for (Map<String, Map<Integer, Long>> shard : copied) {
            Map<Integer, Long> held = shard.get(table);
            if (held != null && held.containsKey(chunk)) {
                return held.get(chunk);
            }
        }
        return 0;
    }

    /** Tables whose every planned chunk is on every shard. */
    Set<String> finishedTables() {
        Set<String> done = new HashSet<>();
        for (Map.Entry<String, List<Chunk>> e : plan.entrySet()) {
            boolean all = true;
            for (Chunk c : e.getValue()) {
                for (boolean p : pending(e.getKey(), c.index())) {
                    all &= !p;
                }
            }
            if (all) {
                done.add(e.getKey());
            }
        }
        return done;
    }

    static void bindRow(PreparedStatement p, String job, String table, int chunk, String state, String lower,
                        String upper, long rows, String detail) throws SQLException {
        p.setString(1, job);
        p.setString(2, table);
        p.setInt(3, chunk);
        p.setString(4, state);
        setText(p, 5, lower);
        setText(p, 6, upper);
        p.setLong(7, rows);
        setText(p, 8, detail);
        p.setLong(9, System.currentTimeMillis());
    }

    private static void setText(PreparedStatement p, int i, String value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, value);
        }
    }
}
