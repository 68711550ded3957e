package io.cutover.cdc.snapshot;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.internal.apply.TargetTable;
import io.cutover.cdc.internal.apply.TargetTables;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.Chunker;
import io.cutover.mappings.chunk.RowKeys;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Copies every mapped table into the shards at one consistent source point, so that {@code cutover stream}
 * continues from exactly that point. Tables are split by primary key ranges with the shared
 * {@link Chunker}; {@code parallel} workers each read chunks on their own snapshot reader and write each
 * shard's part of a chunk in one transaction together with the chunk's progress row. A rerun continues
 * with the chunks no shard run has committed; {@code restart} starts over at a new point.
 *
 * <pre>{@code
 * SnapshotResult result = Snapshot.of(plan).parallel(4).run();
 * }</pre>
 */
public final class Snapshot {
    static final int ROWS_PER_CHUNK = 10_000;

    private final MigrationPlan plan;
    private final List<String> tables;
    private final int parallel;
    private final boolean restart;
    private final long maxRowsPerSecond;
    private final int rowsPerChunk;
    private final WriteMode write;
    private final boolean deferIndexes;
    private volatile SnapshotRun run;
    private volatile boolean stopRequested;

    private Snapshot(MigrationPlan plan, List<String> tables, int parallel, boolean restart, long maxRowsPerSecond,
                     int rowsPerChunk, WriteMode write, boolean deferIndexes) {
        this.plan = plan;
        this.tables = List.copyOf(tables);
        this.parallel = parallel;
        this.restart = restart;
        this.maxRowsPerSecond = maxRowsPerSecond;
        this.rowsPerChunk = rowsPerChunk;
        this.write = write;
        this.deferIndexes = deferIndexes;
    }

    /** Every mapped table, 4 workers, no rate limit, the fastest safe write path, indexes kept. */
    public static Snapshot of(MigrationPlan plan) {
        return new Snapshot(plan, List.of(), 4, false, 0, ROWS_PER_CHUNK, WriteMode.AUTO, false);
    }

    /** Only these source tables (empty: every mapped table). */
    public Snapshot tables(List<String> value) {
        return new Snapshot(plan, value, parallel, restart, maxRowsPerSecond, rowsPerChunk, write, deferIndexes);
    }

    public Snapshot parallel(int value) {
        if (value < 1) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--parallel must be at least 1, got " + value);
        }
        return new Snapshot(plan, tables, value, restart, maxRowsPerSecond, rowsPerChunk, write, deferIndexes);
    }

    /** Forget an earlier snapshot of the job and copy every table again at a new point. */
    public Snapshot restart(boolean value) {
        return new Snapshot(plan, tables, parallel, value, maxRowsPerSecond, rowsPerChunk, write, deferIndexes);
    }

    /** At most this many source rows per second over all workers; 0 is no limit. */
    public Snapshot maxRowsPerSecond(long value) {
        if (value < 0) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--max-rows-per-second must not be negative");
        }
        return new Snapshot(plan, tables, parallel, restart, value, rowsPerChunk, write, deferIndexes);
    }

    /** How rows are written: {@link WriteMode#AUTO} (default) takes LOAD DATA or COPY where it is safe. */
    public Snapshot write(WriteMode value) {
        return new Snapshot(plan, tables, parallel, restart, maxRowsPerSecond, rowsPerChunk, value, deferIndexes);
    }

    /**
     * Drop the secondary indexes of the tables still to copy before copying and build them when every chunk
     * is copied; the dropped definitions are kept in the target's state, so a rerun after a crash builds them.
     * Primary keys and unique indexes stay.
     */
    public Snapshot deferIndexes(boolean value) {
        return new Snapshot(plan, tables, parallel, restart, maxRowsPerSecond, rowsPerChunk, write, value);
    }

    public Snapshot rowsPerChunk(int value) {
        return new Snapshot(plan, tables, parallel, restart, maxRowsPerSecond, value, write, deferIndexes);
    }

    /** Asks the run to stop; chunks in flight are rolled back and copied again by the next run. */
    public void stop() {
        stopRequested = true;
        SnapshotRun r = run;
        if (r != null) {
            r.stop();
        }
    }

    private boolean halted() {
        SnapshotRun r = run;
        return stopRequested || r != null && r.halted();
    }

    /** Live progress per table; empty before the copy starts. */
    public List<TableProgress> progress() {
        SnapshotRun r = run;
        return r == null ? List.of() : r.progress();
    }

    /** Runs the snapshot; never throws for a failure of the copy itself. */
    public SnapshotResult run() {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        List<TableRoute> routes = selected(ShardRouter.of(plan));
        Properties connector = ConnectorProperties.build(plan, StreamOptions.of(plan));
        Endpoint source = plan.source().endpoint();
        List<HikariDataSource> shards = new ArrayList<>();
        for (Endpoint shard : plan.target().shards()) {
            shards.add(Connections.pool(shard, "snapshot", parallel + 1));
        }
        DeferredIndexes deferred = new DeferredIndexes(plan.name(), SecondaryIndexes.of(plan.target().dialect()), shards,
                plan.target().shards());
        SnapshotState state = null;
        try (HikariDataSource sourcePool = Connections.pool(source, "snapshot-chunks", 2)) {
            state = SnapshotState.load(plan.name(), shards, plan.target().dialect());
            if (restart) {
                state.clear();
                if (plan.source().type() == SourceType.POSTGRESQL) {
                    PostgresRead.dropSlot(source, connector.getProperty("slot.name"));
                }
            }
            if (SnapshotSql.STREAMING.equals(state.runState)) {
                throw new PreconditionFailed("cutover stream has started from this snapshot's point " + state.point
                        + "; the tables hold streamed changes now. Run cutover snapshot --restart to copy every table"
                        + " again at a new point (cutover stream then starts there)");
            }
            List<SourceTable> described = describe(routes, sourcePool, shards);
            if (state.point != null && state.finishedTables().containsAll(names(described))) {
                notes.add("every chosen table was copied before at " + state.point + "; nothing to copy (--restart"
                        + " copies again)");
                return finish(state, described, deferred, notes, start, null);
            }
            List<TableRef> refs = described.stream().map(t -> t.ref).toList();
            try (ConsistentRead read = ConsistentReads.open(plan.source().type(), source, state.point, connector,
                    refs, parallel, notes)) {
                notes.add(0, "method: " + read.point().method().description());
                if (state.point == null) {
                    state.saveRun(read.point(), SnapshotSql.COPYING);
                } else if (!SnapshotSql.COPYING.equals(state.runState)) {
                    state.setRunState(SnapshotSql.COPYING);
                }
                SqlFlavor flavor = SqlFlavor.of(plan.source().type());
                for (SourceTable t : described) {
                    if (!state.plan.containsKey(t.name())) {
                        state.savePlan(t.name(), Chunker.of(sourcePool, flavor, t.ref, t.key).rowsPerChunk(rowsPerChunk)
                                .chunks());
                    }
                }
                undoCheck(read, described, flavor, notes);
                if (deferIndexes) {
                    Set<String> finished = state.finishedTables();
                    List<SourceTable> unfinished = new ArrayList<>(described);
                    unfinished.removeIf(t -> finished.contains(t.name()));
                    deferred.drop(unfinished, notes);
                }
                WritePath path = WritePath.choose(write, plan.target().dialect(), shards, plan.target().shards(), notes);
                ChunkCopy copy = new ChunkCopy(plan.name(), flavor, SqlFlavor.of(plan.target().dialect()),
                        ChangeStatements.of(plan.target().dialect()), plan.target().shards(), shards, path,
                        new Throttle(maxRowsPerSecond), read.asOf(), this::halted);
                run = new SnapshotRun(state, described, copy, read, parallel, flavor);
                if (stopRequested) {
                    run.stop();
                }
                String failure = run.execute();
                String fallback = path.fallbackNote();
                if (fallback != null) {
                    notes.add(fallback);
                }
                return finish(state, described, deferred, notes, start, failure);
            }
        } catch (PreconditionFailed e) {
            return result(SnapshotResult.Outcome.PRECONDITION, e.getMessage(), state, notes, List.of(), start, null);
        } catch (SQLException e) {
            return result(SnapshotResult.Outcome.FAILED, describe(e), state, notes, List.of(), start, null);
        } catch (CutoverException e) {
            return result(SnapshotResult.Outcome.FAILED, e.getMessage(), state, notes, List.of(), start, null);
        } finally {
            shards.forEach(HikariDataSource::close);
        }
    }

    private SnapshotResult finish(SnapshotState state, List<SourceTable> described, DeferredIndexes deferred,
                                  List<String> notes, long start, String failure) throws SQLException {
        SnapshotRun r = run;
        List<TableProgress> progress = r == null ? keptProgress(state, described) : r.progress();
        if (failure != null) {
            return result(SnapshotResult.Outcome.FAILED, failure + "; fix the cause and run cutover snapshot again: it"
                    + " continues with the unfinished chunks", state, notes, progress, start, r);
        }
        if (stopRequested) {
            return result(SnapshotResult.Outcome.STOPPED, "stopped; run cutover snapshot again to continue with the"
                    + " unfinished chunks", state, notes, progress, start, r);
        }
        try {
            String built = deferred.build(state.finishedTables(), parallel);
            if (built != null) {
                notes.add(built);
            }
        } catch (SQLException e) {
            return result(SnapshotResult.Outcome.FAILED, describe(e) + "; fix the cause and run cutover snapshot again:"
                    + " it builds the deferred indexes that are left", state, notes, progress, start, r);
        }
        List<String> missing = new ArrayList<>();
        for (TableMapping t : plan.tables()) {
            if (t.placement() != Placement.EXCLUDED && !state.finishedTables().contains(t.source())) {
                missing.add(t.source());
            }
        }
        if (!missing.isEmpty()) {
            return result(SnapshotResult.Outcome.PARTIAL, "tables " + missing + " are not copied yet; cutover stream"
                    + " starts only after every mapped table is (run cutover snapshot without --tables)", state, notes,
                    progress, start, r);
        }
        if (SnapshotSql.COPYING.equals(state.runState)) {
            state.setRunState(SnapshotSql.FINISHED);
        }
        return result(SnapshotResult.Outcome.FINISHED, null, state, notes, progress, start, r);
    }

    private SnapshotResult result(SnapshotResult.Outcome outcome, String message, SnapshotState state,
                                  List<String> notes, List<TableProgress> progress, long start, SnapshotRun r) {
        SourcePoint point = state == null ? null : state.point;
        String readPoint = r == null ? null : r.readPoint();
        return new SnapshotResult(outcome, message, point == null ? null : point.method(),
                point == null ? null : point.point(), readPoint, notes, progress, (System.nanoTime() - start) / 1e9);
    }

    private List<TableProgress> keptProgress(SnapshotState state, List<SourceTable> described) {
        List<TableProgress> out = new ArrayList<>();
        for (SourceTable t : described) {
            List<Chunk> chunks = state.plan.get(t.name());
            long rows = 0;
            for (Chunk c : chunks) {
                rows += state.rowsOf(t.name(), c.index());
            }
            out.add(new TableProgress(t.name(), rows, rows, rows, chunks.size(), chunks.size(), chunks.size(), 0));
        }
        return out;
    }

    private List<TableRoute> selected(ShardRouter router) {
        List<TableRoute> routes = new ArrayList<>();
        if (tables.isEmpty()) {
            for (TableMapping t : plan.tables()) {
                if (t.placement() != Placement.EXCLUDED) {
                    routes.add(router.table(t.source()));
                }
            }
        } else {
            for (String t : tables) {
                routes.add(router.table(t));
            }
        }
        return routes;
    }

    private List<SourceTable> describe(List<TableRoute> routes, HikariDataSource source, List<HikariDataSource> shards)
            throws SQLException {
        SqlFlavor flavor = SqlFlavor.of(plan.source().type());
        List<SourceTable> out = new ArrayList<>();
        try (Connection c = source.getConnection()) {
            String schema = plan.source().schema();
            if (schema == null || schema.isBlank()) {
                schema = flavor == SqlFlavor.MYSQL ? c.getCatalog() : c.getSchema();
            }
            for (TableRoute route : routes) {
                RowKeys.Keyed keyed = RowKeys.read(c, schema, route.sourceTable());
                HikariDataSource shard = shards.get(route.all().get(0).shardIndex());
                String physical = route.all().get(0).tableName();
                TargetTable target = SourceTable.writable(TargetTables.read(route, shard), shard, physical);
                out.add(new SourceTable(route, target, ColumnTypes.read(shard, physical, target.columns()), keyed.table(),
                        keyed.key(),
                        SourceTable.columns(c, keyed.table(), flavor)));
            }
        }
        return out;
    }

    private void undoCheck(ConsistentRead read, List<SourceTable> described, SqlFlavor flavor, List<String> notes)
            throws SQLException {
        if (flavor != SqlFlavor.ORACLE) {
            return;
        }
        try (Statement s = read.readers().get(0).createStatement();
             ResultSet rs = s.executeQuery(OracleRead.undoRetentionSql())) {
            rs.next();
            long rows = 0;
            for (SourceTable t : described) {
                try (Statement c = read.readers().get(0).createStatement();
                     ResultSet n = c.executeQuery(t.count(flavor, read.asOf()))) {
                    n.next();
                    rows += n.getLong(1);
                }
            }
            long rate = maxRowsPerSecond > 0 ? maxRowsPerSecond : 20_000L * parallel;
            String warning = OracleRead.undoWarning(rs.getLong(1), rows / rate + 1);
            notes.add(warning != null ? "warning: " + warning : "undo_retention " + rs.getLong(1) + " s covers the"
                    + " estimated " + (rows / rate + 1) + " s of the copy");
        }
    }

    private static List<String> names(List<SourceTable> described) {
        return described.stream().map(SourceTable::name).toList();
    }

    private static String describe(SQLException e) {
        return e.getMessage() + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")";
    }
}
