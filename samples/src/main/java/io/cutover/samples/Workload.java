package io.cutover.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A live write load on a source that holds the SHOP sample, for watching change streaming work: new orders,
 * updates, deleted and re-inserted order lines, and orders moved to another customer (a shard key change). One
 * connection, one transaction per change. With the same seed on the same data it makes the same changes.
 * <pre>{@code
 * WorkloadResult done = Workload.on(source).seed(1).rate(200).duration(Duration.ofMinutes(1)).run();
 * }</pre>
 * Configure, then call {@link #run()} once; {@link #stop()} may be called from any thread.
 */
public final class Workload {
    private final DataSource source;
    private long seed = 1;
    private double rate = 100;
    private Duration duration;
    private long operations = Long.MAX_VALUE;
    private Duration progressEvery = Duration.ofSeconds(5);
    private Consumer<WorkloadResult> progress = done -> { };
    private volatile boolean stopped;
    private volatile Thread runner;

    private Workload(DataSource source) {
        this.source = source;
    }

    public static Workload on(DataSource source) {
        return new Workload(source);
    }

    public Workload seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Changes per second; 0 runs as fast as the source takes them. Default 100. */
    public Workload rate(double changesPerSecond) {
        if (changesPerSecond < 0 || Double.isNaN(changesPerSecond)) {
            throw new IllegalArgumentException("rate must be 0 (unlimited) or more, not " + changesPerSecond);
        }
        this.rate = changesPerSecond;
        return this;
    }

    /** Stop after this long; without it (and without {@link #operations}) the workload runs until {@link #stop()}. */
    public Workload duration(Duration duration) {
        this.duration = duration;
        return this;
    }

    /** Stop after this many changes. */
    public Workload operations(long count) {
        this.operations = count;
        return this;
    }

    /** Called on the workload's thread with the counts so far, every {@code every}. */
    public Workload onProgress(Duration every, Consumer<WorkloadResult> listener) {
        this.progressEvery = every;
        this.progress = listener;
        return this;
    }

    /** Ends a running workload after the change in flight commits; before {@link #run()}, makes it end at once. */
    public void stop() {
        stopped = true;
        Thread t = runner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Makes changes until the duration, the count or {@link #stop()} ends it; returns what was committed. */
    public WorkloadResult run() {
        runner = Thread.currentThread();
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        long started = System.nanoTime();
        long end = duration == null ? Long.MAX_VALUE : started + duration.toNanos();
        long nextProgress = started + progressEvery.toNanos();
        try (Connection c = Flavor.open(source)) {
            c.setAutoCommit(false);
            Flavor flavor = Flavor.of(c);
            ShopWriter writer = new ShopWriter(c, flavor, seed);
            for (long i = 0; i < operations && !stopped; i++) {
                if (!waitUntil(rate == 0 ? 0 : started + (long) (i * 1e9 / rate), end)) {
                    break;
                }
                counts.merge(writer.next(i), 1L, Long::sum);
                if (System.nanoTime() >= nextProgress) {
                    progress.accept(new WorkloadResult(counts, Duration.ofNanos(System.nanoTime() - started)));
                    nextProgress += progressEvery.toNanos();
                }
            }
            ShopSchema.syncSequences(c, flavor);
            c.commit();
        } catch (SQLException e) {
            throw new SampleException("workload after " + counts.values().stream().mapToLong(Long::longValue).sum()
                    + " changes", e);
        } finally {
            runner = null;
        }
        return new WorkloadResult(counts, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Sleeps until {@code due}; false when the end or a stop comes first. */
    private boolean waitUntil(long due, long end) {
        while (!stopped) {
            long now = System.nanoTime();
            if (now >= end) {
                return false;
            }
            if (now >= due) {
                return true;
            }
            LockSupport.parkNanos(Math.min(due, end) - now);
        }
        return false;
    }
}
