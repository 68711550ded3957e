package io.cutover.cdc;

import io.cutover.mappings.plan.Endpoint;
import java.util.Map;

/**
 * How a stream runs.
 *
 * @param state     the database holding Debezium's offsets and schema history (tables
 *                  {@code cutover_debezium_offsets} and {@code cutover_debezium_history}); required
 * @param onDdl     what a source schema change does
 * @param batchSize the most changes Debezium hands over in one batch ({@code max.batch.size})
 * @param debezium  raw Debezium properties, without the {@code debezium.} prefix; they override Cutover's
 * @param tracker   where measurements go
 */
public record StreamOptions(Endpoint state, OnDdl onDdl, int batchSize, Map<String, String> debezium,
                            StreamTracker tracker) {
    public static final int DEFAULT_BATCH_SIZE = 4096;

    public StreamOptions {
        debezium = Map.copyOf(debezium);
    }

    /** Defaults: stop on DDL, batches of {@value #DEFAULT_BATCH_SIZE}, no extra properties, no metrics. */
    public static StreamOptions of(Endpoint state) {
        return new StreamOptions(state, OnDdl.STOP, DEFAULT_BATCH_SIZE, Map.of(), StreamTracker.NONE);
    }

    public StreamOptions onDdl(OnDdl value) {
        return new StreamOptions(state, value, batchSize, debezium, tracker);
    }

    public StreamOptions batchSize(int value) {
        return new StreamOptions(state, onDdl, value, debezium, tracker);
    }

    public StreamOptions debezium(Map<String, String> value) {
        return new StreamOptions(state, onDdl, batchSize, value, tracker);
    }

    public StreamOptions tracker(StreamTracker value) {
        return new StreamOptions(state, onDdl, batchSize, debezium, value);
    }
}
