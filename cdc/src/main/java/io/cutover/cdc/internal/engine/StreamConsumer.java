package io.cutover.cdc.internal.engine;

import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.ddl.AlterNeeded;
import io.cutover.cdc.internal.event.ChangeDecoder;
import io.cutover.cdc.internal.event.DdlStop;
import io.debezium.engine.DebeziumEngine;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.debezium.engine.ChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Receives Debezium's batches, applies them to every shard, and only then marks the records processed,
 * so the source offset never runs ahead of what the shards hold. A schema change the stream must stop
 * at ends the batch before it: the records before are applied and committed, the rest are not. A schema
 * change to apply ({@link AlterNeeded}) is applied between the changes before it and the record that raised it.
 */
public final class StreamConsumer implements DebeziumEngine.ChangeConsumer<ChangeEvent<SourceRecord, SourceRecord>> {
    private final ChangeDecoder decoder;
    private final Applier applier;
    private final Consumer<String> stopOnDdl;
    private final List<Change> changes = new ArrayList<>();
    private volatile int undecoded;
    private volatile boolean stopped;

    public StreamConsumer(ChangeDecoder decoder, Applier applier, Consumer<String> stopOnDdl) {
        this.decoder = decoder;
        this.applier = applier;
        this.stopOnDdl = stopOnDdl;
    }

    @Override
    public void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> records,
                            DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
            throws InterruptedException {
        if (stopped) {
            return; // stopping at a DDL statement: nothing after it may be applied or committed
        }
        changes.clear();
        int end = records.size();
        undecoded = end;
        String ddl = null;
        int altered = -1;
        for (int i = 0; i < end; i++) {
            try {
                Change c = decoder.decode(records.get(i).value());
                if (c != null) {
                    changes.add(c);
                }
            } catch (DdlStop e) {
                end = i;
                ddl = e.getMessage();
            } catch (AlterNeeded e) {
                if (altered == i) {
                    throw new CutoverException(ErrorCode.INTERNAL, "still " + e.getMessage() + " after altering it");
                }
                applier.apply(changes);
                changes.clear();
                applier.alter(e.table, e.columns);
                decoder.altered();
                altered = i--;
            }
        }
        undecoded = 0;
        applier.apply(changes);
        for (int i = 0; i < end; i++) {
            committer.markProcessed(records.get(i));
        }
        committer.markBatchFinished();
        if (ddl != null) {
            stopped = true;
            stopOnDdl.accept(ddl);
        }
    }

    /** Records handed over by the engine and not yet routed to the shards (the applier counts the rest). */
    public int undecoded() {
        return undecoded;
    }

    @Override
    public boolean supportsTombstoneEvents() {
        return false;
    }
}
