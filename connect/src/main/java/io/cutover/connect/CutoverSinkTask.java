package io.cutover.connect;

import io.cutover.cdc.kafka.RecordApplier;
import io.cutover.mappings.CutoverException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Applies the records of its topic partitions, each partition through its own {@link RecordApplier} (its own
 * positions on the shards), in Kafka's order. {@link #put} returns once every shard has committed the records,
 * so {@link #preCommit} hands Connect exactly the offsets after the last applied record of each partition.
 * Records redelivered after a crash or rebalance are at or below the positions stored in the shards and are
 * skipped there.
 */
public final class CutoverSinkTask extends SinkTask {
    private SinkConfig config;
    private final Map<TopicPartition, RecordApplier> appliers = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
    private final Map<TopicPartition, List<SinkRecord>> byPartition = new LinkedHashMap<>();
    private final ExecutorService partitionThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cutover-sink-partition");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Map<String, String> props) {
        config = SinkConfig.parse(props);
    }

    /**
     * Applies each partition's records in Kafka's order, the partitions side by side (they hold different keys,
     * and each has its own applier); a partition that fails keeps its last offset, the others advance.
     */
    @Override
    public void put(Collection<SinkRecord> records) {
        byPartition.clear();
        for (SinkRecord r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.originalTopic(), r.originalKafkaPartition()),
                    tp -> new ArrayList<>()).add(r);
        }
        Map<TopicPartition, Future<?>> running = new LinkedHashMap<>();
        for (Map.Entry<TopicPartition, List<SinkRecord>> e : byPartition.entrySet()) {
            RecordApplier a = applier(e.getKey());
            List<SinkRecord> part = e.getValue();
            running.put(e.getKey(), partitionThreads.submit(() -> a.apply(part)));
        }
        ConnectException failure = null;
        for (Map.Entry<TopicPartition, Future<?>> e : running.entrySet()) {
            TopicPartition tp = e.getKey();
            try {
                e.getValue().get();
                List<SinkRecord> part = byPartition.get(tp);
                applied.put(tp, new OffsetAndMetadata(part.get(part.size() - 1).originalKafkaOffset() + 1));
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                failure = failure != null ? failure : new ConnectException(tp + ": " + (cause instanceof CutoverException
                        ? cause.getMessage() : cause.toString()), cause);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new ConnectException(tp + ": interrupted while applying", ex);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private RecordApplier applier(TopicPartition tp) {
        RecordApplier a = appliers.get(tp);
        if (a == null) {
            a = new RecordApplier(config.plan(), tp.topic(), tp.partition(),
                    config.truncates() == SinkConfig.Truncates.APPLY);
            appliers.put(tp, a);
        }
        return a;
    }

    /** The offsets after the last record of each partition that the shards hold; nothing for the rest. */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : currentOffsets.keySet()) {
            OffsetAndMetadata o = applied.get(tp);
            if (o != null) {
                out.put(tp, o);
            }
        }
        return out;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            RecordApplier a = appliers.remove(tp);
            if (a != null) {
                a.close();
            }
            applied.remove(tp);
        }
    }

    @Override
    public void stop() {
        close(new ArrayList<>(appliers.keySet()));
        partitionThreads.shutdown();
    }

    @Override
    public String version() {
        return Version.of(getClass());
    }
}
