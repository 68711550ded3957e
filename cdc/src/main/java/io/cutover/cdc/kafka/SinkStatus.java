package io.cutover.cdc.kafka;

import io.cutover.cdc.internal.apply.SinkStateReader;
import io.cutover.mappings.plan.MigrationPlan;
import java.time.Instant;
import java.util.List;

/**
 * Where the Kafka Connect sink of a plan stands, read from the positions it stores on every shard: one
 * entry per shard and topic partition (job {@code <plan>@<topic>/<partition>}, see {@link RecordApplier#job}).
 * Positions of different partitions are separate streams and are never compared or summed into one position.
 *
 * @param plan   the plan name
 * @param shards one entry per shard, in mapping file order
 */
public record SinkStatus(String plan, List<Shard> shards) {
    public SinkStatus {
        shards = List.copyOf(shards);
    }

    /**
     * @param partitions one entry per topic partition the sink has applied to this shard, by topic and partition
     * @param problem    why the shard could not be read; null when it answered
     */
    public record Shard(String shard, List<Partition> partitions, String problem) {
        public Shard {
            partitions = List.copyOf(partitions);
        }
    }

    /**
     * @param topic       the topic, or its shortened form when the job name had to be cut to fit (ends in
     *                    {@code ~<digest>})
     * @param rowsApplied changes of this partition applied to the shard
     * @param position    the highest source position of this partition applied there
     * @param sourceTime  source commit time of that change
     * @param lagSeconds  now minus {@code sourceTime}; overstates a partition that receives nothing new
     */
    public record Partition(String topic, int partition, long rowsApplied, String position, Instant sourceTime,
                            double lagSeconds) {
    }

    /** Reads every shard; an unreachable shard is reported in its entry. */
    public static SinkStatus read(MigrationPlan plan) {
        return SinkStateReader.read(plan, Instant.now());
    }
}
