package io.cutover.cdc;

import io.cutover.cdc.internal.apply.StateReader;
import io.cutover.mappings.plan.MigrationPlan;
import java.time.Instant;
import java.util.List;

/**
 * Where a stream stands, per shard and per physical table. A running {@link Stream} answers
 * {@link Stream#status()}; {@link #read} builds the same picture from the positions stored on the shards,
 * from any process.
 *
 * @param job     the stream's job name (the plan name)
 * @param state   what the stream is doing
 * @param message why it is waiting, stopped or failed; null when streaming normally
 * @param shards  one entry per shard, in mapping file order
 * @param tables  one entry per physical table that has received changes
 * @param snapshot rows scanned per source table while the initial snapshot runs; empty otherwise
 */
public record StreamStatus(String job, State state, String message, List<ShardStatus> shards,
                           List<TableStatus> tables, List<SnapshotTable> snapshot) {
    public StreamStatus {
        shards = List.copyOf(shards);
        tables = List.copyOf(tables);
        snapshot = List.copyOf(snapshot);
    }

    public enum State { STARTING, STREAMING, WAITING, STOPPED, FAILED, UNKNOWN }

    /**
     * @param rowsApplied  changes applied to the shard since the stream began
     * @param position     the highest source position the shard has applied: of the last batch, whether or not
     *                     any of its changes routed there; null before the first streamed change
     * @param sourceTime   source commit time of that change; null with it
     * @param lagSeconds   now minus {@code sourceTime}; -1 when unknown. Without a source heartbeat
     *                     ({@code stream.heartbeat-seconds}) it keeps growing while the source is idle
     * @param lagEvents    changes captured from the source and not yet applied to the shard (live only); -1 when
     *                     unknown
     * @param problem      why the shard is not applying (e.g. unreachable, retrying); null when fine
     */
    public record ShardStatus(String shard, long rowsApplied, String position, Instant sourceTime,
                              double lagSeconds, long lagEvents, String problem) {
    }

    /**
     * Progress of one physical table on one shard.
     *
     * @param position   the position of the table's last applied change
     * @param sourceTime the source commit time of that change
     * @param lagSeconds the shard's lag: the shard holds every change of the table up to its own position
     */
    public record TableStatus(String shard, String physicalTable, long rowsApplied, String position,
                              Instant sourceTime, double lagSeconds) {
    }

    /** Initial snapshot progress of one source table. */
    public record SnapshotTable(String table, long rowsScanned) {
    }

    /** Reads the stored positions of the plan's stream from every shard; an unreachable shard is reported as such. */
    public static StreamStatus read(MigrationPlan plan) {
        return StateReader.read(plan, Instant.now());
    }
}
