package io.cutover.cdc;

import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.cdc.internal.engine.SourceHeartbeat;
import io.cutover.cdc.internal.engine.SourceMetrics;
import io.cutover.cdc.internal.engine.StreamConsumer;
import io.cutover.cdc.internal.event.ChangeDecoder;
import io.cutover.cdc.snapshot.SnapshotHandoff;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.plan.MigrationPlan;
import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the source's changes into the shards: Debezium's initial snapshot (or, after {@code cutover snapshot},
 * from the snapshot's point: {@link SnapshotHandoff}), then every insert, update, delete and truncate, until stopped. A restart resumes where the last run stopped, whatever the way it
 * stopped, and converges to exactly the source.
 *
 * <pre>{@code
 * Stream stream = Stream.of(plan);      // options from the mapping file's stream: section
 * Runtime.getRuntime().addShutdownHook(new Thread(stream::stop));
 * StreamResult result = stream.run();   // blocks until stopped
 * }</pre>
 */
public final class Stream {
    private static final Logger LOG = LoggerFactory.getLogger(Stream.class);

    private final MigrationPlan plan;
    private final StreamOptions options;
    private final SourceMetrics source;
    private final AtomicReference<DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>>> engine = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Applier applier;
    private volatile StreamConsumer consumer;
    private volatile StreamStatus.State state = StreamStatus.State.STARTING;
    private volatile String ddlMessage;
    private volatile boolean stopRequested;

    private Stream(MigrationPlan plan, StreamOptions options) {
        this.plan = plan;
        this.options = options;
        this.source = new SourceMetrics(ConnectorProperties.topicPrefix(plan));
    }

    /** A stream with the options of the plan's {@code stream:} section. */
    public static Stream of(MigrationPlan plan) {
        return new Stream(plan, StreamOptions.of(plan));
    }

    public Stream options(StreamOptions value) {
        return new Stream(plan, value);
    }

    /**
     * Runs until {@link #stop()}, a DDL stop or a failure; never throws for a failure of the stream itself.
     *
     * @throws CutoverException before anything starts when the options are unusable (no state database)
     */
    public StreamResult run() {
        Properties props = ConnectorProperties.build(plan, options);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (Applier a = new Applier(plan, options.tracker())) {
            SnapshotHandoff.apply(plan, props, options.debezium());
            if (options.heartbeatSeconds() > 0) {
                SourceHeartbeat.ensureTable(plan);
            }
            applier = a;
            ChangeDecoder decoder = new ChangeDecoder(plan, a, options.onDdl(), ConnectorProperties.PLACEHOLDER);
            consumer = new StreamConsumer(decoder, a, this::stopOnDdl);
            DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> e = DebeziumEngine.create(Connect.class)
                    .using(props)
                    .notifying(consumer)
                    .using((success, message, error) -> {
                        if (!success && !stopRequested) {
                            failure.set(error != null ? error : new IllegalStateException(message));
                        }
                    })
                    .build();
            engine.set(e);
            if (stopRequested) {
                return finish(StreamResult.Outcome.STOPPED, null);
            }
            state = StreamStatus.State.STREAMING;
            LOG.info("stream {} started: {} source {} -> {} shards", plan.name(), plan.source().type().yamlName(),
                    plan.source().endpoint(), plan.target().shards().size());
            e.run();
            Throwable t = failure.get();
            if (ddlMessage != null) {
                return finish(StreamResult.Outcome.STOPPED_ON_DDL, ddlMessage);
            }
            if (t != null) {
                return finish(StreamResult.Outcome.FAILED, describe(t));
            }
            return finish(StreamResult.Outcome.STOPPED, null);
        } catch (CutoverException e) {
            return finish(StreamResult.Outcome.FAILED, e.getMessage());
        } finally {
            close();
        }
    }

    /** Asks the stream to stop after the batch in flight; returns at once. Safe from any thread. */
    public void stop() {
        stopRequested = true;
        Applier a = applier;
        if (a != null) {
            a.stop();
        }
        close();
    }

    /** The live status of a running stream: per shard and per physical table, as of their last commits. */
    public StreamStatus status() {
        Applier a = applier;
        StreamConsumer c = consumer;
        if (a == null) {
            return new StreamStatus(plan.name(), state, ddlMessage, List.of(), List.of(), List.of());
        }
        long queued = source.queued();
        List<StreamStatus.ShardStatus> shards = a.shardStatus(queued < 0 || c == null ? -1 : queued + c.undecoded());
        StreamStatus.State s = state;
        String message = ddlMessage;
        for (StreamStatus.ShardStatus shard : shards) {
            if (shard.problem() != null && s == StreamStatus.State.STREAMING) {
                s = StreamStatus.State.WAITING;
                message = "shard " + shard.shard() + " " + shard.problem();
            }
        }
        return new StreamStatus(plan.name(), s, message, shards, a.tableStatus(), source.snapshot());
    }

    private void stopOnDdl(String message) {
        ddlMessage = message;
        LOG.warn("stream {} stopped: {}", plan.name(), message);
        new Thread(this::close, "cutover-stream-stop").start();
    }

    private StreamResult finish(StreamResult.Outcome outcome, String message) {
        state = outcome == StreamResult.Outcome.FAILED ? StreamStatus.State.FAILED : StreamStatus.State.STOPPED;
        if (outcome == StreamResult.Outcome.FAILED) {
            LOG.error("stream {} failed: {}", plan.name(), message);
        }
        Applier a = applier;
        List<StreamStatus.ShardStatus> shards = a == null ? List.of() : a.shardStatus(-1);
        List<StreamStatus.TableStatus> tables = a == null ? List.of() : a.tableStatus();
        return new StreamResult(outcome, message, new StreamStatus(plan.name(), state, message, shards, tables,
                List.of()));
    }

    private void close() {
        DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> e = engine.get();
        if (e != null && closed.compareAndSet(false, true)) {
            try {
                e.close();
            } catch (IOException | RuntimeException ex) { // the async engine refuses a close after it failed
                LOG.warn("closing the Debezium engine of {}: {}", plan.name(), ex.toString());
            }
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && !(root instanceof CutoverException)) {
            root = root.getCause();
        }
        return root instanceof CutoverException ? root.getMessage() : t.toString() + (root == t ? "" : " (" + root + ")");
    }
}
