package io.cutover.connect;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Change records of table public.orders shaped as Debezium's PostgreSQL connector writes them to Kafka with
 * transaction metadata on: typed key and envelope schemas, LSN positions in {@code source}, the event's order
 * in its transaction in {@code transaction.total_order}.
 */
final class Envelopes {
    static final String TOPIC = "cutover_shop.public.orders";
    static final Schema KEY = SchemaBuilder.struct().name(TOPIC + ".Key").field("id", Schema.INT64_SCHEMA).build();
    static final Schema ROW = SchemaBuilder.struct().name(TOPIC + ".Value").field("id", Schema.INT64_SCHEMA)
            .field("customer_id", Schema.INT64_SCHEMA).field("note", Schema.OPTIONAL_STRING_SCHEMA).optional().build();
    static final Schema SOURCE = SchemaBuilder.struct().name("io.debezium.connector.postgresql.Source")
            .field("version", Schema.STRING_SCHEMA).field("connector", Schema.STRING_SCHEMA)
            .field("name", Schema.STRING_SCHEMA).field("ts_ms", Schema.INT64_SCHEMA)
            .field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).field("db", Schema.STRING_SCHEMA)
            .field("sequence", Schema.OPTIONAL_STRING_SCHEMA).field("schema", Schema.STRING_SCHEMA)
            .field("table", Schema.STRING_SCHEMA).field("txId", Schema.OPTIONAL_INT64_SCHEMA)
            .field("lsn", Schema.OPTIONAL_INT64_SCHEMA).build();
    static final Schema TRANSACTION = SchemaBuilder.struct().name("event.block").field("id", Schema.STRING_SCHEMA)
            .field("total_order", Schema.INT64_SCHEMA).field("data_collection_order", Schema.INT64_SCHEMA)
            .optional().build();
    static final Schema ENVELOPE = SchemaBuilder.struct().name(TOPIC + ".Envelope").field("before", ROW)
            .field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA).field("transaction", TRANSACTION).build();

    private Envelopes() {
    }

    static Struct row(long id, long customer, String note) {
        return new Struct(ROW).put("id", id).put("customer_id", customer).put("note", note);
    }

    /** A change committed at {@code lsn}, the only event of its transaction. */
    static SinkRecord change(int partition, long offset, String op, Struct before, Struct after, long lsn) {
        return record(partition, offset, op, before, after, lsn, "false");
    }

    /** A snapshot read; {@code snapshot} is Debezium's marker: first, true, last. */
    static SinkRecord read(int partition, long offset, Struct after, String snapshot) {
        return record(partition, offset, "r", null, after, 0, snapshot);
    }

    private static SinkRecord record(int partition, long offset, String op, Struct before, Struct after, long lsn,
                                     String snapshot) {
        boolean streamed = "false".equals(snapshot);
        Struct source = new Struct(SOURCE).put("version", "3.5.0.Final").put("connector", "postgresql")
                .put("name", "cutover_shop").put("ts_ms", 1_700_000_000_000L).put("snapshot", snapshot)
                .put("db", "shop").put("schema", "public").put("table", "orders")
                .put("sequence", streamed ? "[\"" + (lsn - 1) + "\",\"" + lsn + "\"]" : null)
                .put("txId", streamed ? lsn : null).put("lsn", streamed ? lsn : null);
        Struct value = new Struct(ENVELOPE).put("before", before).put("after", after).put("source", source)
                .put("op", op).put("ts_ms", 1_700_000_000_000L);
        if (streamed) {
            value.put("transaction", new Struct(TRANSACTION).put("id", lsn + ":" + lsn).put("total_order", 1L)
                    .put("data_collection_order", 1L));
        }
        Struct image = after != null ? after : before;
        Struct key = image == null ? null : new Struct(KEY).put("id", image.getInt64("id"));
        return new SinkRecord(TOPIC, partition, KEY, key, ENVELOPE, value, offset);
    }
}
