package io.cutover.cdc.internal.apply;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cdc.StreamStatus;
import io.cutover.cdc.StreamTracker;
import io.cutover.cdc.internal.ddl.ShardAlter;
import io.cutover.cdc.internal.ddl.TargetColumn;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies batches of changes to the shards: routes every change through the one {@link ShardRouter},
 * groups them per shard, and writes each shard's part in one transaction together with the shard's
 * position (see {@link ShardWriter}). Shards are written in parallel; {@link #apply} returns when every
 * shard has committed, so the caller may then commit the source offset.
 *
 * <p>Per shard, changes at or below its stored position are skipped: they were applied before a restart.
 * A row whose shard key changes is deleted from its old physical table and upserted into the new one.
 * Transient failures are retried with backoff until they pass or {@link #stop()} is called; a shard
 * that stays down holds the stream and is reported by name in {@link #status()}.
 */
public final class Applier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final long POSITION_ONLY_EVERY_MILLIS = 1_000;

    private final String job;
    private final ShardRouter router;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final ShardBatch[] batches;
    private final ShardWriter[] writers;
    /** Per shard, written by its writer thread and read by status readers: immutable values only. */
    private final AtomicReferenceArray<ShardProgress> progress;
    private final AtomicReferenceArray<String> problems;
    /** Per shard, changes routed there in the batch being applied and not yet committed. */
    private final AtomicLongArray uncommitted;
    private final Map<String, TableContext> tables = new HashMap<>();
    /** Per shard, when it last committed a position without changes; read and written by {@link #apply} only. */
    private final long[] positionOnlyMillis;
    private final ExecutorService executor;
    private final StreamTracker tracker;
    private final ShardAlter alter;
    private volatile boolean stopping;

    public Applier(MigrationPlan plan, StreamTracker tracker) {
        this.job = plan.name();
        this.router = ShardRouter.of(plan);
        this.tracker = tracker;
        this.alter = new ShardAlter(plan.target().dialect());
        List<Endpoint> shards = plan.target().shards();
        this.batches = new ShardBatch[shards.size()];
        this.writers = new ShardWriter[shards.size()];
        this.progress = new AtomicReferenceArray<>(shards.size());
        this.problems = new AtomicReferenceArray<>(shards.size());
        this.uncommitted = new AtomicLongArray(shards.size());
        this.positionOnlyMillis = new long[shards.size()];
        this.executor = Executors.newFixedThreadPool(shards.size(), r -> {
            Thread t = new Thread(r, "cutover-apply");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < shards.size(); i++) {
            HikariDataSource pool = Connections.pool(shards.get(i), "stream", 2);
            pools.add(pool);
            writers[i] = new ShardWriter(job, pool, plan.target().dialect());
        }
        for (int i = 0; i < shards.size(); i++) {
            String shard = shards.get(i).name();
            int index = i;
            ShardProgress loaded = retrying(shard, index, writers[i]::load);
            progress.set(i, loaded);
            batches[i] = new ShardBatch(shard, i, loaded.applied());
        }
    }

    /** The context of a mapped source table; reads the target's shape on first use. Unknown tables are errors. */
    public TableContext table(String sourceTable) {
        TableContext t = tables.get(sourceTable);
        if (t == null) {
            TableRoute route = router.table(sourceTable);
            PhysicalTable first = route.all().get(0);
            t = new TableContext(route, TargetTables.read(route, pools.get(first.shardIndex())));
            tables.put(sourceTable, t);
        }
        return t;
    }

    /**
     * Adds or widens columns on every physical table of a table, shard by shard, each table idempotently (see
     * {@link ShardAlter}); call it with no batch in flight. Returns the table's context with its new shape.
     */
    public TableContext alter(TableContext table, List<TargetColumn> columns) {
        for (PhysicalTable p : table.route().all()) {
            int altered = retrying(p.shardName(), p.shardIndex(), () -> {
                try (Connection c = pools.get(p.shardIndex()).getConnection()) {
                    return alter.apply(c, p, columns);
                }
            });
            LOG.info("stream {}: {} column(s) of {} added or widened on shard {}: {}", job, altered, p.tableName(),
                    p.shardName(), columns);
        }
        tables.remove(table.sourceTable());
        return table(table.sourceTable());
    }

    /**
     * Applies the changes, in order, to every shard they route to; returns once all shards have committed. Every
     * shard also stores the batch's highest position, as it now holds every change up to there that routes to it;
     * a shard that got no change in the batch commits that position alone, at most once a second.
     */
    public void apply(List<Change> changes) {
        Change highest = null;
        for (int i = 0, n = changes.size(); i < n; i++) {
            Change c = changes.get(i);
            route(c);
            if (c.position != null && (highest == null || c.position.isAfter(highest.position))) {
                highest = c;
            }
        }
        long now = System.currentTimeMillis();
        List<Future<?>> pending = new ArrayList<>(batches.length);
        for (ShardBatch b : batches) {
            if (highest != null && !b.skips(highest)) {
                b.observe(highest);
            }
            if (b.isEmpty()) {
                continue;
            }
            if (b.tables.isEmpty()) {
                if (now - positionOnlyMillis[b.shardIndex] < POSITION_ONLY_EVERY_MILLIS) {
                    b.reset();
                    continue;
                }
                positionOnlyMillis[b.shardIndex] = now;
            }
            uncommitted.set(b.shardIndex, b.changes());
            pending.add(executor.submit(() -> write(b)));
        }
        CutoverException failure = null;
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failure = failure != null ? failure : asCutover(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new CutoverException(ErrorCode.INTERNAL, "interrupted while applying a batch");
            }
        }
        if (failure != null) {
            for (ShardBatch b : batches) {
                b.reset();
            }
            throw failure;
        }
    }

    private void route(Change c) {
        if (c.op == Change.Op.MARKER) {
            return; // a position only: apply() gives every shard the batch's highest
        }
        TableContext t = c.table;
        TargetTable target = t.target();
        switch (c.op) {
            case TRUNCATE -> clear(c, t, true);
            case DELETE -> {
                List<PhysicalTable> from = t.targets(c.before);
                if (from == null) {
                    throw missingKey(c, "delete");
                }
                for (int i = 0, n = from.size(); i < n; i++) {
                    ShardBatch b = batches[from.get(i).shardIndex()];
                    if (!b.skips(c)) {
                        b.table(from.get(i), target).delete(c.before);
                        b.observe(c);
                    }
                }
            }
            default -> {
                if (c.firstOfSnapshot) {
                    clear(c, t, false);
                }
                List<PhysicalTable> to = t.targets(c.after);
                if (to == null) {
                    throw missingKey(c, "new row of an " + c.op.name().toLowerCase(java.util.Locale.ROOT));
                }
                if (c.op == Change.Op.UPDATE && !t.shardKeyIsInRowKey()) {
                    List<PhysicalTable> from = c.before == null ? null : t.targets(c.before);
                    if (from == null) {
                        throw missingKey(c, "old row of an update");
                    }
                    for (int i = 0, n = from.size(); i < n; i++) {
                        if (!to.contains(from.get(i))) {
                            ShardBatch b = batches[from.get(i).shardIndex()];
                            if (!b.skips(c)) {
                                b.table(from.get(i), target).delete(c.after);
                                b.observe(c);
                            }
                            keptColumnsFromBefore(c);
                        }
                    }
                }
                for (int i = 0, n = to.size(); i < n; i++) {
                    ShardBatch b = batches[to.get(i).shardIndex()];
                    if (!b.skips(c)) {
                        b.table(to.get(i), target).upsert(n == 1 ? c.after : c.after.clone());
                        b.observe(c);
                    }
                }
            }
        }
    }

    private void clear(Change c, TableContext t, boolean sourceChange) {
        List<PhysicalTable> all = t.route().all();
        for (int i = 0, n = all.size(); i < n; i++) {
            ShardBatch b = batches[all.get(i).shardIndex()];
            if (!b.skips(c)) {
                b.table(all.get(i), t.target()).clear(sourceChange);
                b.observe(c);
            }
        }
    }

    private void write(ShardBatch b) {
        long start = System.nanoTime();
        int changes = b.changes();
        ShardWriter w = writers[b.shardIndex];
        retrying(b.shard, b.shardIndex, () -> {
            w.write(b);
            return null;
        });
        long lag = b.highest == null ? 0 : Math.max(0, System.currentTimeMillis() - b.highestSourceMillis);
        b.committed();
        progress.set(b.shardIndex, w.progress());
        uncommitted.set(b.shardIndex, 0);
        tracker.batchApplied(b.shard, changes, System.nanoTime() - start, lag);
    }

    private interface ShardCall<T> {
        T call() throws SQLException;
    }

    private <T> T retrying(String shard, int index, ShardCall<T> call) {
        long backoff = 100;
        long failingSince = 0;
        while (true) {
            try {
                T result = call.call();
                problems.set(index, null);
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!TransientErrors.isTransient(e) || stopping) {
                    throw new CutoverException(ErrorCode.CONNECTION_FAILED, "shard " + shard + ": "
                            + TransientErrors.describe(e) + (stopping ? " (stopping)" : ""), e);
                }
                long now = System.currentTimeMillis();
                failingSince = failingSince == 0 ? now : failingSince;
                String problem = "unreachable or failing for " + (now - failingSince) / 1000 + " s, retrying: "
                        + TransientErrors.describe(e);
                problems.set(index, problem);
                LOG.warn("shard {}: {}", shard, problem);
                tracker.retried(shard);
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /**
     * A moving row is inserted afresh on its new physical table, so a column the event marks unchanged
     * (an unchanged LOB) must come from the old image; when that lacks it too, the row cannot be moved
     * without losing the value, and the stream stops rather than write a NULL.
     */
    private static void keptColumnsFromBefore(Change c) {
        Object[] after = c.after;
        for (int i = 0; i < after.length; i++) {
            if (after[i] == Change.KEEP) {
                Object old = c.before[i];
                if (old == Change.KEEP) {
                    throw new CutoverException(ErrorCode.INVALID_INPUT, "table " + c.table.sourceTable() + ": the row"
                            + " at " + c.position + " moves to another physical table, but column "
                            + c.table.target().columns()[i] + " arrived unchanged without its value (LOB/TOAST);"
                            + " make the source log it in full (PostgreSQL: REPLICA IDENTITY FULL and"
                            + " ALTER TABLE ... ALTER COLUMN ... SET STORAGE MAIN for small values; Oracle: LOB"
                            + " supplemental logging), then restart");
                }
                after[i] = old;
            }
        }
    }

    private static CutoverException missingKey(Change c, String image) {
        return new CutoverException(ErrorCode.INVALID_INPUT, "table " + c.table.sourceTable() + ": the " + image
                + " at " + c.position + " lacks shard key " + c.table.route().keyColumns() + ", so its shard is unknown;"
                + " make the source log the full old row (PostgreSQL: ALTER TABLE ... REPLICA IDENTITY FULL;"
                + " Oracle: supplemental logging of the shard key columns; MySQL: binlog_row_image=FULL)");
    }

    private static CutoverException asCutover(Throwable t) {
        return t instanceof CutoverException c ? c : new CutoverException(ErrorCode.INTERNAL, String.valueOf(t), t);
    }

    /** Stops retrying: a shard still failing makes {@link #apply} throw instead of waiting on. */
    public void stop() {
        stopping = true;
    }

    /**
     * The shards' positions, rows applied and problems as of their last commits; safe to call from any thread.
     *
     * @param queued changes the source has delivered and the applier not yet received (-1 when unknown)
     */
    public List<StreamStatus.ShardStatus> shardStatus(long queued) {
        long now = System.currentTimeMillis();
        List<StreamStatus.ShardStatus> out = new ArrayList<>(batches.length);
        for (int i = 0; i < batches.length; i++) {
            ShardProgress p = progress.get(i);
            boolean known = p.applied() != null;
            out.add(new StreamStatus.ShardStatus(batches[i].shard, p.rowsApplied(), known ? p.applied().toString() : null,
                    known ? Instant.ofEpochMilli(p.sourceMillis()) : null, known ? lag(now, p.sourceMillis()) : -1,
                    queued < 0 ? -1 : queued + uncommitted.get(i), problems.get(i)));
        }
        return out;
    }

    /**
     * Progress per physical table as of the last commits, in shard order then table name order. A table's lag is
     * its shard's: the shard applies all its tables' changes in source order, up to its position.
     */
    public List<StreamStatus.TableStatus> tableStatus() {
        long now = System.currentTimeMillis();
        List<StreamStatus.TableStatus> out = new ArrayList<>();
        for (int i = 0; i < batches.length; i++) {
            ShardProgress shard = progress.get(i);
            double shardLag = shard.applied() == null ? -1 : lag(now, shard.sourceMillis());
            Map<String, ShardProgress.TableProgress> tables = new TreeMap<>(shard.tables());
            for (Map.Entry<String, ShardProgress.TableProgress> e : tables.entrySet()) {
                ShardProgress.TableProgress t = e.getValue();
                boolean known = t.position() != null;
                out.add(new StreamStatus.TableStatus(batches[i].shard, e.getKey(), t.rowsApplied(),
                        known ? t.position().toString() : null, known ? Instant.ofEpochMilli(t.sourceMillis()) : null,
                        known ? shardLag : -1));
            }
        }
        return out;
    }

    private static double lag(long now, long sourceMillis) {
        return Math.max(0, (now - sourceMillis) / 1000.0);
    }

    public String job() {
        return job;
    }

    @Override
    public void close() {
        stopping = true;
        executor.shutdownNow();
        for (HikariDataSource pool : pools) {
            pool.close();
        }
    }
}
