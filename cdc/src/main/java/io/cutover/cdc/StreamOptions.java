package io.cutover.cdc;

import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.InvalidPlanException;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.OnDdl;
import io.cutover.mappings.plan.PlanProblem;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.plan.StreamSettings;
import java.util.List;
import java.util.Map;

/**
 * How a stream runs; {@link #of(MigrationPlan)} takes it from the mapping file's {@code stream:} section.
 *
 * @param state     the database holding Debezium's offsets and schema history (tables
 *                  {@code cutover_debezium_offsets} and {@code cutover_debezium_history}); required
 * @param onDdl     what a source schema change does
 * @param batchSize the most changes Debezium hands over in one batch ({@code max.batch.size})
 * @param heartbeatSeconds how often the source writes {@code cutover_heartbeat}; 0 for no heartbeat
 * @param debezium  raw Debezium properties, without the {@code debezium.} prefix; they override Cutover's
 * @param tracker   where measurements go
 * @param location  where the mapping file's {@code stream:} section is, for messages about it
 */
public record StreamOptions(Endpoint state, OnDdl onDdl, int batchSize, int heartbeatSeconds,
                            Map<String, String> debezium, StreamTracker tracker, SourceLocation location) {
    public static final int DEFAULT_BATCH_SIZE = StreamSettings.DEFAULT_BATCH_SIZE;

    public StreamOptions {
        debezium = Map.copyOf(debezium);
    }

    /** The plan's {@code stream:} settings, without metrics. */
    public static StreamOptions of(MigrationPlan plan) {
        StreamSettings s = plan.stream();
        return new StreamOptions(s.state(), s.onDdl(), s.batchSize(), s.heartbeatSeconds(), s.debezium(),
                StreamTracker.NONE, s.location());
    }

    /** Defaults: stop on DDL, batches of {@value #DEFAULT_BATCH_SIZE}, no heartbeat, no extra properties, no metrics. */
    public static StreamOptions of(Endpoint state) {
        return new StreamOptions(state, OnDdl.STOP, DEFAULT_BATCH_SIZE, 0, Map.of(), StreamTracker.NONE,
                SourceLocation.UNKNOWN);
    }

    /** The state database; a missing one is a mapping file problem at the {@code stream:} section. */
    public Endpoint requireState() {
        if (state == null) {
            throw new InvalidPlanException(List.of(new PlanProblem(location, "cutover stream needs 'state' in"
                    + " stream: the database (PostgreSQL, MariaDB or MySQL) that keeps Debezium's offsets and schema"
                    + " history; add stream: { state: { jdbc-url: ..., username: ..., password: ... } }")));
        }
        return state;
    }

    public StreamOptions onDdl(OnDdl value) {
        return new StreamOptions(state, value, batchSize, heartbeatSeconds, debezium, tracker, location);
    }

    public StreamOptions batchSize(int value) {
        return new StreamOptions(state, onDdl, value, heartbeatSeconds, debezium, tracker, location);
    }

    public StreamOptions heartbeatSeconds(int value) {
        return new StreamOptions(state, onDdl, batchSize, value, debezium, tracker, location);
    }

    public StreamOptions debezium(Map<String, String> value) {
        return new StreamOptions(state, onDdl, batchSize, heartbeatSeconds, value, tracker, location);
    }

    public StreamOptions tracker(StreamTracker value) {
        return new StreamOptions(state, onDdl, batchSize, heartbeatSeconds, debezium, value, location);
    }

    @Override
    public String toString() {
        return "StreamOptions[state=" + state + ", onDdl=" + onDdl + ", batchSize=" + batchSize + ", heartbeatSeconds="
                + heartbeatSeconds + ", debezium=" + debezium.keySet() + "]";
    }
}
