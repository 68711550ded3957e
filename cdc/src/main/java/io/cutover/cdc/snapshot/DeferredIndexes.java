package io.cutover.cdc.snapshot;

import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.shard.PhysicalTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Secondary indexes set aside for the copy ({@code --defer-indexes}): each is recorded in the shard's state
 * ({@link SnapshotSql}, state {@code deferred}) before it is dropped, and built again once every chunk of its table
 * is on every shard. The build is driven by the recorded rows alone, so a run killed at any point, or a rerun
 * without the option, still builds every dropped index; an index found to exist already is only forgotten.
 */
final class DeferredIndexes {
    private record Deferred(int shard, String sourceTable, int seq, SecondaryIndexes.Index index) {
    }

    private final String job;
    private final SecondaryIndexes indexes;
    private final List<? extends DataSource> shards;
    private final List<Endpoint> names;

    DeferredIndexes(String job, SecondaryIndexes indexes, List<? extends DataSource> shards, List<Endpoint> names) {
        this.job = job;
        this.indexes = indexes;
        this.shards = shards;
        this.names = names;
    }

    /** Records and drops the secondary indexes of these tables' physical tables; adds what it did to notes. */
    void drop(List<SourceTable> tables, List<String> notes) throws SQLException {
        List<Deferred> recorded = recorded();
        int dropped = 0;
        List<String> kept = new ArrayList<>();
        for (SourceTable t : tables) {
            for (PhysicalTable p : t.route.all()) {
                try (Connection c = shards.get(p.shardIndex()).getConnection()) {
                    for (SecondaryIndexes.Index index : indexes.list(c, p.tableName())) {
                        Deferred d = find(recorded, p.shardIndex(), index);
                        if (d == null) {
                            d = new Deferred(p.shardIndex(), t.name(), nextSeq(recorded, p.shardIndex(), t.name()), index);
                            record(c, d);
                            recorded.add(d);
                        }
                        if (indexes.drop(c, index)) {
                            dropped++;
                        } else {
                            forget(c, d);
                            recorded.remove(d);
                            kept.add(index.name() + " on " + p.tableName());
                        }
                    }
                }
            }
        }
        if (dropped > 0) {
            notes.add("indexes: dropped " + dropped + " secondary indexes for the copy; they are built when their"
                    + " table is copied");
        }
        if (!kept.isEmpty()) {
            notes.add("indexes: kept " + kept + ", which foreign keys need");
        }
    }

    /**
     * Builds the recorded indexes of the finished tables, {@code parallel} at a time.
     *
     * @return a note on what was built and how long it took; null when nothing was deferred
     */
    String build(Set<String> finishedTables, int parallel) throws SQLException {
        List<Deferred> due = new ArrayList<>();
        for (Deferred d : recorded()) {
            if (finishedTables.contains(d.sourceTable())) {
                due.add(d);
            }
        }
        if (due.isEmpty()) {
            return null;
        }
        long start = System.nanoTime();
        ExecutorService builders = Executors.newFixedThreadPool(Math.min(parallel, due.size()), r -> {
            Thread thread = new Thread(r, "cutover-snapshot-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> built = new ArrayList<>();
            for (Deferred d : due) {
                built.add(builders.submit(() -> {
                    build(d);
                    return null;
                }));
            }
            for (Future<Void> f : built) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while building the deferred indexes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            builders.shutdownNow();
        }
        Set<String> tables = new HashSet<>();
        due.forEach(d -> tables.add(d.index().table()));
        return String.format(Locale.ROOT, "indexes: built %d deferred indexes on %d physical tables in %.1f s",
                due.size(), tables.size(), (System.nanoTime() - start) / 1e9);
    }

    private void build(Deferred d) throws SQLException {
        try (Connection c = shards.get(d.shard()).getConnection()) {
            if (!indexes.exists(c, d.index())) {
                try (Statement s = c.createStatement()) {
                    s.execute(d.index().create());
                } catch (SQLException e) {
                    throw new SQLException("building deferred index " + d.index().name() + " on " + d.index().table()
                            + " (shard " + names.get(d.shard()).name() + "): " + e.getMessage(), e.getSQLState(),
                            e.getErrorCode(), e);
                }
            }
            forget(c, d);
        }
    }

    private List<Deferred> recorded() throws SQLException {
        List<Deferred> out = new ArrayList<>();
        for (int s = 0; s < shards.size(); s++) {
            try (Connection c = shards.get(s).getConnection();
                 PreparedStatement p = c.prepareStatement(SnapshotSql.selectDeferred())) {
                p.setString(1, job);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Deferred(s, rs.getString(1), rs.getInt(2), new SecondaryIndexes.Index(rs.getString(3),
                                rs.getString(4), rs.getString(5))));
                    }
                }
            }
        }
        return out;
    }

    private void record(Connection c, Deferred d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SnapshotSql.insert())) {
            SnapshotState.bindRow(p, job, d.sourceTable(), d.seq(), SnapshotSql.DEFERRED, d.index().table(),
                    d.index().name(), 0, d.index().create());
            p.executeUpdate();
        }
    }

    private void forget(Connection c, Deferred d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SnapshotSql.deleteDeferred())) {
            p.setString(1, job);
            p.setString(2, d.sourceTable());
            p.setInt(3, d.seq());
            p.executeUpdate();
        }
    }

    private static Deferred find(List<Deferred> recorded, int shard, SecondaryIndexes.Index index) {
        for (Deferred d : recorded) {
            if (d.shard() == shard && d.index().equals(index)) {
                return d;
            }
        }
        return null;
    }

    private static int nextSeq(List<Deferred> recorded, int shard, String table) {
        int next = 0;
        for (Deferred d : recorded) {
            if (d.shard() == shard && d.sourceTable().equals(table)) {
                next = Math.max(next, d.seq() + 1);
            }
        }
        return next;
    }
}
