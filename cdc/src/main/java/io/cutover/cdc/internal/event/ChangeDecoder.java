package io.cutover.cdc.internal.event;

import io.cutover.mappings.plan.OnDdl;
import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.apply.TableContext;
import io.cutover.cdc.internal.ddl.AlterNeeded;
import io.cutover.cdc.internal.ddl.SchemaEvolution;
import io.cutover.cdc.internal.engine.SourceHeartbeat;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.position.Position;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns Debezium's {@link SourceRecord}s into {@link Change}s: finds the table, decodes the before and
 * after images onto the target's columns, reads the position. A change of the source heartbeat table gives a
 * {@link Change#marker}. Records without a row change (transaction boundaries, Debezium's own heartbeats,
 * tombstones) give null. A source schema change of a mapped table throws
 * {@link DdlStop} under {@link OnDdl#STOP}; under {@link OnDdl#APPLY} an additive one throws {@link AlterNeeded}
 * (see {@link SchemaEvolution}) and any other {@link DdlStop}. Not thread-safe; one per stream.
 */
public final class ChangeDecoder {
    private final MigrationPlan plan;
    private final Applier applier;
    private final OnDdl onDdl;
    private final String placeholder;
    private final PositionReader positions;
    private final IntervalColumns intervals;
    private final Map<String, TableContext> byTopic = new HashMap<>();
    private final Map<Schema, RecordShape> shapes = new IdentityHashMap<>();
    private final Map<String, Schema> lastSchema = new HashMap<>();
    private final SchemaEvolution evolution;

    public ChangeDecoder(MigrationPlan plan, Applier applier, OnDdl onDdl, String placeholder) {
        this.plan = plan;
        this.applier = applier;
        this.onDdl = onDdl;
        this.placeholder = placeholder;
        this.positions = PositionReader.of(plan.source().type());
        this.intervals = new IntervalColumns(plan);
        this.evolution = onDdl == OnDdl.APPLY ? new SchemaEvolution(plan) : null;
    }

    /** After an {@link AlterNeeded}: the table's shape changed, so its cached decoding is dropped. */
    public void altered() {
        byTopic.clear();
        shapes.clear();
    }

    public Change decode(SourceRecord record) {
        Object v = record.value();
        if (!(v instanceof Struct value)) {
            return null;
        }
        String schemaName = value.schema().name();
        if (schemaName != null && schemaName.endsWith("SchemaChangeValue")) {
            schemaChange(value);
            return null;
        }
        if (value.schema().field("op") == null) {
            return null; // transaction metadata, heartbeat
        }
        String op = value.getString("op");
        Struct source = value.getStruct("source");
        Change.Op kind = switch (op) {
            case "c" -> Change.Op.INSERT;
            case "u" -> Change.Op.UPDATE;
            case "d" -> Change.Op.DELETE;
            case "r" -> Change.Op.READ;
            case "t" -> Change.Op.TRUNCATE;
            default -> null; // "m": logical decoding messages
        };
        if (kind == null) {
            return null;
        }
        String sourceTable = source.getString("table");
        if (SourceHeartbeat.isHeartbeat(sourceTable)) {
            return kind == Change.Op.READ ? null : Change.marker(positions.read(source, transaction(value)),
                    source.getInt64("ts_ms"));
        }
        TableContext table = table(record.topic(), sourceTable);
        Object[] before = image(table, value, "before");
        Object[] after = image(table, value, "after");
        long sourceMillis = source.getInt64("ts_ms");
        if (kind == Change.Op.READ) {
            String snapshot = source.getString("snapshot");
            boolean first = "first".equals(snapshot) || "first_in_data_collection".equals(snapshot);
            return new Change(table, kind, null, after, null, sourceMillis, first);
        }
        Position position = positions.read(source, transaction(value));
        return new Change(table, kind, before, after, position, sourceMillis, false);
    }

    private static Struct transaction(Struct value) {
        return value.schema().field("transaction") == null ? null : value.getStruct("transaction");
    }

    private TableContext table(String topic, String sourceTable) {
        TableContext t = byTopic.get(topic);
        if (t == null) {
            t = applier.table(sourceTable);
            byTopic.put(topic, t);
        }
        return t;
    }

    private Object[] image(TableContext table, Struct value, String name) {
        Struct row = value.getStruct(name);
        if (row == null) {
            return null;
        }
        RecordShape shape = shapes.get(row.schema());
        if (shape == null) {
            if (evolution != null) {
                evolution.rows(table, row.schema());
            }
            shape = new RecordShape(row.schema(), table.target(), placeholder, column -> intervals.form(table, column));
            Schema previous = lastSchema.put(table.sourceTable(), row.schema());
            if (!shape.unmapped.isEmpty() && onDdl == OnDdl.STOP) {
                throw new DdlStop("source table " + table.sourceTable() + " has column(s) " + shape.unmapped
                        + " that target table " + table.target().name() + " lacks"
                        + (previous == null ? "" : " (the source schema changed while streaming)")
                        + "; add them on every shard and restart, or restart with on-ddl: ignore to stream"
                        + " without them");
            }
            shapes.put(row.schema(), shape);
        }
        return shape.decode(row);
    }

    private void schemaChange(Struct value) {
        Struct source = value.getStruct("source");
        String snapshot = source == null || source.schema().field("snapshot") == null ? null : source.getString("snapshot");
        if (snapshot != null && !snapshot.equals("false")) {
            return; // the snapshot's own CREATE TABLE statements
        }
        List<Object> changes = value.schema().field("tableChanges") == null ? List.of() : value.getArray("tableChanges");
        for (Object o : changes) {
            String id = ((Struct) o).getString("id");
            String table = id.substring(id.lastIndexOf('.') + 1).replace("\"", "").replace("`", "");
            if (plan.table(table).isPresent() && onDdl == OnDdl.APPLY) {
                evolution.ddl(applier.table(table), (Struct) o, value.getString("ddl"));
            } else if (plan.table(table).isPresent() && onDdl == OnDdl.STOP) {
                String ddl = value.getString("ddl");
                throw new DdlStop("source DDL on mapped table " + table + ": " + ddl + " -- stopped before it."
                        + " Apply the equivalent change on every shard (cutover schema ...), then restart with"
                        + " on-ddl: ignore to pass this statement, and set it back to stop afterwards");
            }
        }
    }
}
