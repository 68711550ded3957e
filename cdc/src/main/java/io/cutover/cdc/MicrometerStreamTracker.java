package io.cutover.cdc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the stream's measurements as Micrometer meters tagged by job and shard:
 * {@code cutover.stream.changes} (counter), {@code cutover.stream.batch} (timer),
 * {@code cutover.stream.lag} (gauge, seconds behind the source), {@code cutover.stream.retries} (counter).
 * {@link #close()} removes them.
 */
public final class MicrometerStreamTracker implements StreamTracker {
    private final MeterRegistry registry;
    private final String job;
    private final Map<String, ShardMeters> shards = new ConcurrentHashMap<>();

    public MicrometerStreamTracker(MeterRegistry registry, String job) {
        this.registry = registry;
        this.job = job;
    }

    @Override
    public void batchApplied(String shard, int changes, long nanos, long lagMillis) {
        ShardMeters m = meters(shard);
        m.changes.increment(changes);
        m.batch.record(nanos, TimeUnit.NANOSECONDS);
        m.lagMillis.set(lagMillis);
    }

    @Override
    public void retried(String shard) {
        meters(shard).retries.increment();
    }

    @Override
    public void close() {
        for (ShardMeters m : shards.values()) {
            for (Meter meter : m.all) {
                registry.remove(meter);
            }
        }
        shards.clear();
    }

    private ShardMeters meters(String shard) {
        return shards.computeIfAbsent(shard, ShardMeters::new);
    }

    private final class ShardMeters {
        final Counter changes;
        final Timer batch;
        final Counter retries;
        final AtomicLong lagMillis = new AtomicLong();
        final List<Meter> all = new ArrayList<>();

        ShardMeters(String shard) {
            changes = Counter.builder("cutover.stream.changes").tag("job", job).tag("shard", shard)
                    .description("changes applied").register(registry);
            batch = Timer.builder("cutover.stream.batch").tag("job", job).tag("shard", shard)
                    .description("time to apply one batch on a shard").register(registry);
            retries = Counter.builder("cutover.stream.retries").tag("job", job).tag("shard", shard)
                    .description("batches retried after a transient failure").register(registry);
            all.add(changes);
            all.add(batch);
            all.add(retries);
            all.add(io.micrometer.core.instrument.Gauge.builder("cutover.stream.lag", lagMillis, l -> l.get() / 1000.0)
                    .tag("job", job).tag("shard", shard).baseUnit("seconds")
                    .description("source commit time of the last applied change, behind now").register(registry));
        }
    }
}
