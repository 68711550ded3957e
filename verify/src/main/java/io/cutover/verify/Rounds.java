package io.cutover.verify;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.Chunker;
import io.cutover.verify.internal.compare.Findings;
import io.cutover.verify.internal.compare.TableSpec;
import io.cutover.verify.internal.compare.TableVerifier;
import io.cutover.verify.internal.live.LiveCheck;
import io.cutover.verify.internal.live.TouchedChunks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The rounds of continuous verification after the full pass: wait the pause, take the chunks the stream changed
 * rows in since the round before, compare them again with the live rule, report, until stopped.
 */
final class Rounds {
    /** A table ready to be compared: its chunks are those of the full pass, or of a fresh chunking. */
    record Table(String name, TableSpec spec, Chunker chunker, TableVerifier verifier, List<Chunk> chunks) {
        Table withChunks(List<Chunk> all) {
            return new Table(name, spec, chunker, verifier, List.copyOf(all));
        }
    }

    private final TouchedChunks touched;
    private final LiveCheck live;
    private final Map<String, Table> tables;
    private final ExecutorService chunkWorkers;
    private final int sampleLimit;
    private final VerifyListener listener;
    private final BooleanSupplier stopped;

    Rounds(TouchedChunks touched, LiveCheck live, Map<String, Table> tables, ExecutorService chunkWorkers,
           int sampleLimit, VerifyListener listener, BooleanSupplier stopped) {
        this.touched = touched;
        this.live = live;
        this.tables = tables;
        this.chunkWorkers = chunkWorkers;
        this.sampleLimit = sampleLimit;
        this.listener = listener;
        this.stopped = stopped;
    }

    VerifyResult run(VerifyResult pass, Duration pause, CountDownLatch stop) {
        VerifyResult result = pass;
        for (int n = 1; !await(stop, pause); n++) {
            long start = System.nanoTime();
            TouchedChunks.Touched t = touched.since();
            listener.roundStarting(n, t.chunks());
            List<TableRun> runs = new ArrayList<>();
            t.chunks().forEach((name, chunks) -> runs.add(start(tables.get(name), chunks)));
            List<TableResult> out = new ArrayList<>();
            for (TableRun r : runs) {
                out.add(r.finish());
            }
            RoundResult round = new RoundResult(n, t.late(), out, (System.nanoTime() - start) / 1_000_000);
            result = result.with(round);
            listener.roundFinished(round, result);
        }
        return result;
    }

    private TableRun start(Table table, List<Chunk> chunks) {
        Findings findings = new Findings(sampleLimit, false);
        List<CompletableFuture<TableVerifier.Outcome>> running = new ArrayList<>();
        for (Chunk chunk : chunks) {
            running.add(CompletableFuture.supplyAsync(() -> stopped.getAsBoolean() ? null
                    : live.verify(table.verifier(), table.name(), chunk, findings), chunkWorkers));
        }
        return new TableRun(table.name(), findings, running, System.nanoTime());
    }

    private record TableRun(String name, Findings findings, List<CompletableFuture<TableVerifier.Outcome>> running,
                            long start) {
        TableResult finish() {
            long rows = 0;
            long matched = 0;
            long done = 0;
            String error = null;
            for (CompletableFuture<TableVerifier.Outcome> f : running) {
                try {
                    TableVerifier.Outcome o = f.join();
                    if (o != null) {
                        rows += o.sourceRows();
                        matched += o.matched() ? 1 : 0;
                        done++;
                    }
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof CutoverException c)) {
                        throw e;
                    }
                    error = error == null ? c.getMessage() : error;
                }
            }
            return new TableResult(name, rows, done, matched, findings.counts(), findings.samples(),
                    findings.inFlight(), 0, (System.nanoTime() - start) / 1_000_000, error);
        }
    }

    /** Waits the pause; true when stopped meanwhile. */
    private static boolean await(CountDownLatch stop, Duration pause) {
        try {
            return stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
