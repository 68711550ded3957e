package io.cutover.mappings.plan;

import java.util.Map;

/**
 * The {@code stream:} section of a mapping file.
 *
 * @param state     the database holding Debezium's offsets and schema history; null when the file names none
 * @param onDdl     what a source schema change of a mapped table does
 * @param batchSize the most changes in one batch
 * @param heartbeatSeconds how often the source writes {@code cutover_heartbeat}; 0 when it does not
 * @param debezium  raw Debezium engine properties, in file order; values may hold secrets and are never printed
 * @param location  where the section starts (the file's start when it is absent), for messages about it
 */
public record StreamSettings(Endpoint state, OnDdl onDdl, int batchSize, int heartbeatSeconds,
                             Map<String, String> debezium, SourceLocation location) {
    public static final int DEFAULT_BATCH_SIZE = 4096;
    /** The source table the heartbeat writes (Oracle: upper case); Cutover's own, never migrated. */
    public static final String HEARTBEAT_TABLE = "cutover_heartbeat";

    public StreamSettings {
        debezium = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(debezium));
    }

    /** The defaults, for a file without a {@code stream:} section. */
    public static StreamSettings none(SourceLocation location) {
        return new StreamSettings(null, OnDdl.STOP, DEFAULT_BATCH_SIZE, 0, Map.of(), location);
    }

    @Override
    public String toString() {
        return "StreamSettings[state=" + state + ", onDdl=" + onDdl + ", batchSize=" + batchSize + ", heartbeatSeconds="
                + heartbeatSeconds + ", debezium=" + debezium.keySet() + "]";
    }
}
