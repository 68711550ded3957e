package io.cutover.verify;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.Chunker;
import io.cutover.mappings.chunk.KeyCodec;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.verify.internal.compare.Findings;
import io.cutover.verify.internal.compare.Side;
import io.cutover.verify.internal.compare.TableSpec;
import io.cutover.verify.internal.compare.TableSpecs;
import io.cutover.verify.internal.compare.TableVerifier;
import io.cutover.verify.internal.live.LiveCheck;
import io.cutover.verify.internal.live.TouchedChunks;
import io.cutover.verify.internal.repair.RepairAction;
import io.cutover.verify.internal.repair.Repairer;
import io.cutover.verify.internal.state.ProgressStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Proves that the shards hold the source's rows, names every difference and repairs them.
 *
 * <pre>{@code
 * VerifyResult r = Verify.of(plan).mode(Mode.CHECKSUM).repair(RepairMode.PRINT).run();
 * }</pre>
 * Progress is stored on the first shard after every chunk; a run that was interrupted continues where it
 * stopped, a run after a finished one starts over, and {@link #restart} always starts over.
 * With {@link #continuous}, the full pass is followed by rounds that compare again the chunks the stream changed
 * rows in, until {@link #stop()}.
 */
public final class Verify {
    private final MigrationPlan plan;
    private List<String> tables = List.of();
    private Mode mode = Mode.CHECKSUM;
    private RepairMode repair = RepairMode.NONE;
    private boolean restart;
    private int rowsPerChunk = 10_000;
    private int leafRows = 256;
    private int sampleLimit = 100;
    private int parallelChunks = 4;
    private Duration maxLag;
    private Duration interval;
    private VerifyListener listener = VerifyListener.NONE;
    private volatile boolean stopped;
    private final CountDownLatch stop = new CountDownLatch(1);

    /** The max lag of continuous verification when none is given. */
    public static final Duration CONTINUOUS_MAX_LAG = Duration.ofSeconds(60);

    private Verify(MigrationPlan plan) {
        this.plan = plan;
    }

    public static Verify of(MigrationPlan plan) {
        return new Verify(plan);
    }

    /** Source tables to verify; empty (the default) for every table the plan does not exclude. */
    public Verify tables(List<String> names) {
        this.tables = List.copyOf(names);
        return this;
    }

    public Verify mode(Mode m) {
        this.mode = m;
        return this;
    }

    public Verify repair(RepairMode r) {
        this.repair = r;
        return this;
    }

    public Verify restart(boolean r) {
        this.restart = r;
        return this;
    }

    public Verify rowsPerChunk(int rows) {
        this.rowsPerChunk = rows;
        return this;
    }

    /** The most source rows a mismatching range may hold before it is diffed row by row. */
    public Verify leafRows(int rows) {
        this.leafRows = rows;
        return this;
    }

    /** The most differences kept per table as samples; all are counted. */
    public Verify sampleLimit(int limit) {
        this.sampleLimit = limit;
        return this;
    }

    /** Chunks compared at the same time (each queries the source and every physical table at once). */
    public Verify parallelChunks(int chunks) {
        this.parallelChunks = chunks;
        return this;
    }

    /**
     * Verifies while the stream runs: a difference is reported only if it is still there once every shard
     * holding it has applied the source position read with it, waiting at most {@code lag}; the others count as
     * in flight. Needs the stream's positions on the shards (job = the plan name). Null (the default): a
     * quiet source.
     */
    public Verify maxLag(Duration lag) {
        this.maxLag = lag;
        return this;
    }

    /**
     * After the full pass, keeps verifying: every {@code pause}, a round compares again the chunks holding rows
     * the stream changed since the round before (the keys its applier records in {@code cutover_touched} on the
     * shards), with the live rule, until {@link #stop()}. Implies live verification, with
     * {@link #CONTINUOUS_MAX_LAG} unless {@link #maxLag} is set. Rounds report; they do not repair.
     */
    public Verify continuous(Duration pause) {
        this.interval = pause;
        return this;
    }

    /**
     * Stops the run after the chunks being compared: a full pass saves its progress (the next run continues), a
     * round ends. Safe to call from any thread, e.g. a signal handler.
     */
    public void stop() {
        stopped = true;
        stop.countDown();
    }

    public Verify listener(VerifyListener l) {
        this.listener = l;
        return this;
    }

    public VerifyResult run() {
        ShardRouter router = ShardRouter.of(plan);
        List<String> names = tables.isEmpty() ? plan.tables().stream()
                .filter(t -> t.placement() != Placement.EXCLUDED).map(TableMapping::source).toList() : tables;
        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "cutover-verify");
            t.setDaemon(true);
            return t;
        });
        ExecutorService chunkWorkers = Executors.newFixedThreadPool(parallelChunks, r -> {
            Thread t = new Thread(r, "cutover-verify-chunk");
            t.setDaemon(true);
            return t;
        });
        try {
            Side source = side(pools, plan.source().endpoint(), SqlFlavor.of(plan.source().type()));
            Map<String, Side> shards = new LinkedHashMap<>();
            for (Endpoint e : plan.target().shards()) {
                shards.put(e.name(), side(pools, e, SqlFlavor.of(plan.target().dialect())));
            }
            LiveCheck live = null;
            Duration lag = maxLag != null || interval == null ? maxLag : CONTINUOUS_MAX_LAG;
            if (lag != null) {
                live = new LiveCheck(plan.name(), lag, source, shards, listener);
                live.requireStream();
            }
            TouchedChunks touched = null;
            if (interval != null) {
                touched = new TouchedChunks(plan.name(), shards);
                touched.mark(); // before the pass: what the stream applies from now on is compared again
            }
            ChangeStatements statements = ChangeStatements.of(plan.target().dialect());
            ProgressStore store = new ProgressStore(shards.values().iterator().next().dataSource(), statements,
                    plan.name());
            Map<String, ProgressStore.Saved> saved = new java.util.HashMap<>(restart ? Map.of() : store.load());
            if (restart || names.stream().allMatch(n -> saved.get(n) == null || saved.get(n).finished())) {
                store.clear();
                saved.clear();
            }
            List<TableResult> results = new ArrayList<>();
            List<RepairAction> actions = new ArrayList<>();
            Map<String, TableSpec> specs = new LinkedHashMap<>();
            Map<String, Rounds.Table> watched = new LinkedHashMap<>();
            for (String name : names) {
                if (stopped) {
                    break;
                }
                ProgressStore.Saved earlier = saved.get(name);
                if (earlier != null && earlier.finished() && earlier.mode() == mode) {
                    results.add(new TableResult(name, earlier.rows(), earlier.chunksDone(), earlier.matchedChunks(),
                            earlier.counts(), List.of(), 0, earlier.chunksDone(), 0, null));
                    continue;
                }
                results.add(table(name, router, source, shards, store, earlier != null && earlier.mode() == mode
                        ? earlier : null, workers, chunkWorkers, live, actions, specs, watched));
            }
            Map<String, String> sql = Map.of();
            Map<String, Long> applied = Map.of();
            if (repair != RepairMode.NONE && !actions.isEmpty()) {
                Repairer repairer = new Repairer(source, shards, statements, specs);
                if (repair == RepairMode.PRINT) {
                    sql = repairer.print(actions);
                } else {
                    applied = repairer.apply(actions);
                }
            }
            VerifyResult pass = new VerifyResult(plan.name(), mode, results, sql, applied, List.of(), stopped);
            if (touched == null || stopped) {
                return pass;
            }
            listener.passFinished(pass);
            for (TableResult r : results) {
                String name = r.table();
                if (r.error() != null) {
                    continue;
                }
                if (!watched.containsKey(name)) { // chunked in part or not at all by this pass (resumed): chunked now
                    Rounds.Table t = prepare(name, router, source, shards, workers);
                    watched.put(name, t.withChunks(t.chunker().chunks()));
                }
                touched.watch(watched.get(name).spec(), watched.get(name).chunks());
            }
            return new Rounds(touched, live, watched, chunkWorkers, sampleLimit, listener, () -> stopped)
                    .run(pass, interval, stop);
        } finally {
            chunkWorkers.shutdownNow();
            workers.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
    }

    private TableResult table(String name, ShardRouter router, Side source, Map<String, Side> shards,
                              ProgressStore store, ProgressStore.Saved earlier, ExecutorService workers,
                              ExecutorService chunkWorkers, LiveCheck live,
                              List<RepairAction> actions, Map<String, TableSpec> specs,
                              Map<String, Rounds.Table> watched) {
        long start = System.nanoTime();
        Findings findings = new Findings(sampleLimit, repair != RepairMode.NONE);
        try {
            Rounds.Table prepared = prepare(name, router, source, shards, workers);
            TableSpec spec = prepared.spec();
            specs.put(name, spec);
            Chunker chunker = prepared.chunker();
            int done = earlier == null ? 0 : earlier.chunksDone();
            long rows = earlier == null ? 0 : earlier.rows();
            long matched = earlier == null ? 0 : earlier.matchedChunks();
            long millis = earlier == null ? 0 : earlier.millis();
            if (earlier != null) {
                findings.addCounts(earlier.counts());
            }
            TableVerifier verifier = prepared.verifier();
            List<Chunk> chunks = new ArrayList<>();
            List<CompletableFuture<TableVerifier.Outcome>> running = new ArrayList<>();
            List<Object> lower = earlier == null || earlier.lastKey() == null ? null : KeyCodec.decode(earlier.lastKey());
            do { // a chunk is compared while the next chunk's upper key is looked up (Chunker.chunksAfter, pipelined)
                Chunk chunk = new Chunk(spec.source().name(), done + chunks.size(), lower,
                        chunker.keyAt(lower, null, rowsPerChunk - 1));
                chunks.add(chunk);
                running.add(CompletableFuture.supplyAsync(() -> stopped ? null : live == null
                        ? verifier.verify(chunk, findings) : live.verify(verifier, name, chunk, findings), chunkWorkers));
                lower = chunk.upperInclusive();
            } while (lower != null && !stopped);
            int chunksNow = 0;
            for (Chunk chunk : chunks) {
                TableVerifier.Outcome o = outcome(running.get(chunksNow));
                if (o == null) {
                    break; // stopped
                }
                rows += o.sourceRows();
                matched += o.matched() ? 1 : 0;
                chunksNow++;
                store.save(new ProgressStore.Saved(name, mode, done + chunksNow, chunk.upperInclusive() == null ? null
                        : KeyCodec.encode(chunk.upperInclusive()), rows, matched, new EnumMap<>(findings.counts()),
                        millis + (System.nanoTime() - start) / 1_000_000, chunk.upperInclusive() == null));
            }
            actions.addAll(findings.repairs());
            if (done == 0 && chunksNow == chunks.size()) {
                watched.put(name, prepared.withChunks(chunks));
            }
            return new TableResult(name, rows, done + chunksNow, matched, findings.counts(), findings.samples(),
                    findings.inFlight(), done, (System.nanoTime() - start) / 1_000_000, null);
        } catch (CutoverException e) {
            return new TableResult(name, 0, 0, 0, findings.counts(), findings.samples(), findings.inFlight(), 0,
                    (System.nanoTime() - start) / 1_000_000, e.getMessage());
        }
    }

    private Rounds.Table prepare(String name, ShardRouter router, Side source, Map<String, Side> shards,
                                 ExecutorService workers) {
        var route = router.table(name);
        TableSpec spec = TableSpecs.read(plan.table(name).orElseThrow(), route, source, plan.source().schema(),
                shards.get(route.all().get(0).shardName()));
        Chunker chunker = Chunker.of(source.dataSource(), source.flavor(), spec.source(), spec.key())
                .rowsPerChunk(rowsPerChunk);
        return new Rounds.Table(name, spec, chunker,
                new TableVerifier(spec, source, shards, chunker, mode, leafRows, workers), null);
    }

    // progress is saved in chunk order, so a resumed run never skips an unfinished chunk
    private static TableVerifier.Outcome outcome(CompletableFuture<TableVerifier.Outcome> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CutoverException c) {
                throw c;
            }
            throw e;
        }
    }

    private static Side side(List<HikariDataSource> pools, Endpoint endpoint, SqlFlavor flavor) {
        HikariDataSource pool = Connections.pool(endpoint, "verify", 24);
        pools.add(pool);
        return new Side(endpoint.name(), pool, flavor);
    }
}
