package io.cutover.cdc.kafka;

import io.cutover.cdc.StreamTracker;
import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.cdc.internal.event.ChangeDecoder;
import io.cutover.cdc.internal.event.DdlStop;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Applies the Debezium change records of one ordered stream, one Kafka topic partition, with the decoder and
 * applier of {@code cutover stream}: the same routing, per-key collapsing, multi-row upserts, shard-key moves
 * and LOB placeholders, and the same skip of what a shard has already applied.
 *
 * <p>Positions only grow within one partition, so each partition keeps its own position per shard: rows
 * {@code <plan>@<topic>/<partition>} of {@code cutover_position} (see {@link #job}). Two operations clear a
 * whole table and cannot be ordered against rows that travel in other partitions: the clear before a
 * restarted snapshot is never done here, and a TRUNCATE is applied only when the caller allows it.
 * Not thread-safe; one per partition.
 */
public final class RecordApplier implements AutoCloseable {
    private static final int MAX_JOB_LENGTH = 128;

    private final Applier applier;
    private final ChangeDecoder decoder;
    private final boolean truncates;
    private final List<Change> changes = new ArrayList<>();

    /**
     * @param truncates apply TRUNCATE events; safe only when every table's topic has one partition
     */
    public RecordApplier(MigrationPlan plan, String topic, int partition, boolean truncates) {
        MigrationPlan named = new MigrationPlan(job(plan.name(), topic, partition), plan.file(), plan.source(),
                plan.target(), plan.tables(), plan.typeOverrides(), plan.stream());
        this.applier = new Applier(named, StreamTracker.NONE);
        this.decoder = new ChangeDecoder(named, applier, plan.stream().onDdl(), ConnectorProperties.PLACEHOLDER);
        this.truncates = truncates;
    }

    /** The job under which a partition's positions are stored on the shards. */
    public static String job(String plan, String topic, int partition) {
        String job = plan + "@" + topic + "/" + partition;
        if (job.length() <= MAX_JOB_LENGTH) {
            return job;
        }
        String digest = HexFormat.of().formatHex(sha256(topic), 0, 8);
        String tail = "~" + digest + "/" + partition;
        return job.substring(0, MAX_JOB_LENGTH - tail.length()) + tail;
    }

    /**
     * Applies the records in order and returns once every shard they route to has committed.
     *
     * @throws CutoverException when a record cannot be applied, or at a source schema change the stream stops
     *                          at (the records before it are applied first)
     */
    public void apply(List<SinkRecord> records) {
        changes.clear();
        String ddl = null;
        for (int i = 0, n = records.size(); i < n; i++) {
            SinkRecord r = records.get(i);
            Change c;
            try {
                c = decoder.decode(new SourceRecord(null, null, r.topic(), r.kafkaPartition(), r.keySchema(), r.key(),
                        r.valueSchema(), r.value()));
            } catch (DdlStop e) {
                ddl = e.getMessage();
                break;
            }
            if (c != null) {
                changes.add(checked(c, r));
            }
        }
        applier.apply(changes);
        if (ddl != null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, ddl);
        }
    }

    private Change checked(Change c, SinkRecord r) {
        if (c.op() == Change.Op.TRUNCATE && !truncates) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "source TRUNCATE of table " + c.table().sourceTable()
                    + " in " + r.originalTopic() + "/" + r.originalKafkaPartition() + " at offset " + r.originalKafkaOffset() + ": a partitioned"
                    + " topic cannot order it against the table's rows in other partitions. Give each table's topic one"
                    + " partition and set cutover.truncates=apply");
        }
        if (c.op() == Change.Op.READ && firstOfSnapshot((Struct) r.value())) {
            // rows of the same snapshot may already sit in other partitions' tables: never clear them
            return new Change(c.table(), Change.Op.READ, null, c.after(), null, sourceMillis((Struct) r.value()), false);
        }
        return c;
    }

    private static boolean firstOfSnapshot(Struct value) {
        String snapshot = value.getStruct("source").getString("snapshot");
        return "first".equals(snapshot) || "first_in_data_collection".equals(snapshot);
    }

    private static long sourceMillis(Struct value) {
        return value.getStruct("source").getInt64("ts_ms");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops waiting for a failing shard: an {@link #apply} in progress throws instead. Safe from any thread. */
    public void stop() {
        applier.stop();
    }

    @Override
    public void close() {
        applier.close();
    }
}
