package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.samples.Change;
import io.cutover.samples.Workload;
import io.cutover.samples.WorkloadResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live phase: the sample workload writes to the source (new orders, updates, deletes, re-inserts, orders
 * moved to another customer) while the stream applies every change to the shards; the lag is sampled as it
 * goes. Then the workload stops and the stream drains: it counts as drained once nothing is queued and nothing
 * was applied for a second. The stream is then stopped cleanly; {@code cutover stream -f} would resume it.
 */
final class StreamStep implements DemoStep {
    private static final long POLL_MILLIS = 250;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final long QUIET_NANOS = 1_000_000_000L;

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        DemoOptions options = context.options();
        RunningStream stream = context.stream();
        AtomicLong written = new AtomicLong();
        Workload workload = Workload.on(context.sourcePool()).seed(options.seed()).rate(options.rate())
                .duration(options.workload()).onProgress(Duration.ofMillis(500), soFar -> written.set(soFar.total()));
        context.workload(workload);
        long applied0 = CopyStep.applied(stream.status());
        CompletableFuture<WorkloadResult> running = CompletableFuture.supplyAsync(workload::run);
        double peakLag = 0;
        while (!running.isDone()) {
            Thread.sleep(POLL_MILLIS);
            stream.requireRunning();
            StreamStatus status = stream.status();
            peakLag = Math.max(peakLag, lagSeconds(status));
            context.progress(String.format(Locale.ROOT, "workload %,d changes written, %,d applied, lag %.1f s, %s",
                    written.get(), CopyStep.applied(status) - applied0, lagSeconds(status), events(status)));
        }
        WorkloadResult done = running.join();
        long drainStart = System.nanoTime();
        drain(context, stream, done);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        StreamResult stopped = stream.stop();
        if (stopped.outcome() != StreamResult.Outcome.STOPPED) {
            throw new CutoverException(ErrorCode.INTERNAL, "the stream ended " + stopped.outcome() + ": " + stopped.message());
        }
        long applied = CopyStep.applied(stopped.status()) - applied0;
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (Change c : Change.values()) {
            kinds.put(c.label(), done.count(c));
        }
        String line = String.format(Locale.ROOT, "%s; %,d row changes applied to the shards; lag peak %.1f s, drained to"
                + " 0 events %.1f s after the workload stopped", done, applied, peakLag, drainSeconds);
        return StepResult.ok(line, figures("changes", done.total(), "changesPerSecond",
                Math.round(done.total() / Math.max(0.001, done.elapsed().toMillis() / 1000.0)), "kinds", kinds,
                "rowChangesApplied", applied, "peakLagSeconds", peakLag, "finalLagEvents", 0L,
                "drainSeconds", drainSeconds));
    }

    /** Waits until no shard has a change queued and no change was applied for a second. */
    private static void drain(DemoContext context, RunningStream stream, WorkloadResult done) throws InterruptedException {
        long start = System.nanoTime();
        long lastApplied = -1;
        long quietSince = start;
        while (true) {
            Thread.sleep(POLL_MILLIS);
            stream.requireRunning();
            StreamStatus status = stream.status();
            long applied = CopyStep.applied(status);
            long now = System.nanoTime();
            if (applied != lastApplied || !drained(status)) {
                lastApplied = applied;
                quietSince = now;
            } else if (now - quietSince >= QUIET_NANOS) {
                return;
            }
            context.progress(String.format(Locale.ROOT, "workload stopped after %,d changes; draining, %s",
                    done.total(), events(status)));
            if (now - start > DRAIN_TIMEOUT.toNanos()) {
                throw new CutoverException(ErrorCode.INTERNAL, "the stream did not drain within "
                        + DRAIN_TIMEOUT.toMinutes() + " minutes: " + events(status));
            }
        }
    }

    private static boolean drained(StreamStatus status) {
        return !status.shards().isEmpty() && status.shards().stream().allMatch(s -> s.lagEvents() == 0 && s.problem() == null);
    }

    /** The highest lag of a shard, 0 when none is known yet. */
    private static double lagSeconds(StreamStatus status) {
        double max = 0;
        for (StreamStatus.ShardStatus s : status.shards()) {
            max = Math.max(max, s.lagSeconds());
        }
        return max;
    }

    private static String events(StreamStatus status) {
        long max = -1;
        for (StreamStatus.ShardStatus s : status.shards()) {
            max = Math.max(max, s.lagEvents());
        }
        return max < 0 ? "events queued unknown" : String.format(Locale.ROOT, "%,d events queued", max);
    }
}
