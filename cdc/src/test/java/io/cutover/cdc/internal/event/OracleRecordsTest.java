package io.cutover.cdc.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.plan.OnDdl;
import io.cutover.cdc.StreamTracker;
import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.apply.ShardFixture;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.sandbox.Engine;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Change events shaped as the Debezium Oracle connector documents them (NUMBER as VariableScaleDecimal,
 * DATE as io.debezium.time.Timestamp, CLOB placeholders, RAW as bytes, SCN positions) through the real
 * decoder and applier into real shards.
 */
@Servers(postgres = 2, mariadb = 2)
class OracleRecordsTest {
    private static final Schema NUMBER = SchemaBuilder.struct().name("io.debezium.data.VariableScaleDecimal")
            .field("scale", Schema.INT32_SCHEMA).field("value", Schema.BYTES_SCHEMA).optional().build();
    private static final Schema DATE = SchemaBuilder.int64().name("io.debezium.time.Timestamp").optional().build();
    /** A column with a DEFAULT in the source: a NULL value must still arrive as NULL, not as the default. */
    private static final Schema RAW_WITH_DEFAULT = SchemaBuilder.bytes().optional().defaultValue(new byte[] {9}).build();
    private static final Schema ROW = SchemaBuilder.struct().name("server1.APP.ORDERS.Value")
            .field("ID", NUMBER).field("CUSTOMER_ID", NUMBER).field("NOTE", Schema.OPTIONAL_STRING_SCHEMA)
            .field("AMOUNT", NUMBER).field("CREATED", DATE).field("DATA", RAW_WITH_DEFAULT).optional().build();
    private static final Schema SOURCE = SchemaBuilder.struct().name("io.debezium.connector.oracle.Source")
            .field("version", Schema.STRING_SCHEMA).field("connector", Schema.STRING_SCHEMA)
            .field("name", Schema.STRING_SCHEMA).field("ts_ms", Schema.INT64_SCHEMA)
            .field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).field("db", Schema.STRING_SCHEMA)
            .field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA)
            .field("txId", Schema.OPTIONAL_STRING_SCHEMA).field("scn", Schema.OPTIONAL_STRING_SCHEMA)
            .field("commit_scn", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final Schema TRANSACTION = SchemaBuilder.struct().name("event.block")
            .field("id", Schema.STRING_SCHEMA).field("total_order", Schema.INT64_SCHEMA)
            .field("data_collection_order", Schema.INT64_SCHEMA).optional().build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("server1.APP.ORDERS.Envelope")
            .field("before", ROW).field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA).field("transaction", TRANSACTION).build();
    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 12, 30, 45);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oracleValuesAndLobPlaceholdersReachTheShardsAsTheSourceHasThem(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier applier = new Applier(f.plan, StreamTracker.NONE)) {
            ChangeDecoder decoder = new ChangeDecoder(f.plan, applier, OnDdl.STOP, ConnectorProperties.PLACEHOLDER);
            Struct inserted = row(1, 42, "a CLOB of the first version", "12345678901234567890.0123456789", new byte[] {1, 2});
            Struct updated = row(1, 42, ConnectorProperties.PLACEHOLDER, "-0.5", new byte[] {1, 2});
            List<Change> changes = new ArrayList<>();
            changes.add(decoder.decode(record("c", null, inserted, 5000, 5000, 0)));
            changes.add(decoder.decode(record("c", null, row(2, 7, "other", "1", null), 5001, 5001, 0)));
            applier.apply(changes);
            changes.clear();
            changes.add(decoder.decode(record("u", inserted, updated, 5010, 5008, 0)));
            applier.apply(changes);
            String table1 = applier.table("ORDERS").route().route(42L).tableName();
            String table2 = applier.table("ORDERS").route().route(7L).tableName();
            // the CLOB placeholder left the stored CLOB as it was
            assertEquals(List.of(table1 + " | 1 | 42 | a CLOB of the first version | -0.5 | " + DAY + " | 0x0102",
                    table2 + " | 2 | 7 | other | 1 | " + DAY + " | null").stream().sorted().toList(), f.dump("orders", 4));

            long to = 43;
            while (applier.table("ORDERS").route().route(to).shardIndex() == applier.table("ORDERS").route().route(42L).shardIndex()) {
                to++;
            }
            Struct moved = row(1, to, "moved", "-0.5", new byte[] {3});
            changes.clear();
            changes.add(decoder.decode(record("u", updated, moved, 5020, 5019, 0)));
            changes.add(decoder.decode(record("d", row(2, 7, "other", "1", null), null, 5020, 5020, 1)));
            applier.apply(changes);
            String table3 = applier.table("ORDERS").route().route(to).tableName();
            assertEquals(List.of(table3 + " | 1 | " + to + " | moved | -0.5 | " + DAY + " | 0x03"), f.dump("orders", 4));
            int shard = applier.table("ORDERS").route().route(7L).shardIndex(); // the delete at total_order 2
            assertEquals("scn:5020:5020:2", f.shards.get(shard).rows(
                    "SELECT position FROM cutover_position WHERE table_name = '*'").get(0)[0]);
        }
    }

    private static Struct row(long id, long customer, String note, String amount, byte[] data) {
        return new Struct(ROW).put("ID", number(BigDecimal.valueOf(id))).put("CUSTOMER_ID", number(BigDecimal.valueOf(customer)))
                .put("NOTE", note).put("AMOUNT", amount == null ? null : number(new BigDecimal(amount)))
                .put("CREATED", DAY.toInstant(ZoneOffset.UTC).toEpochMilli()).put("DATA", data);
    }

    private static Struct number(BigDecimal d) {
        return new Struct(NUMBER).put("scale", d.scale()).put("value", d.unscaledValue().toByteArray());
    }

    private static SourceRecord record(String op, Struct before, Struct after, long commitScn, long scn, long serial) {
        Struct source = new Struct(SOURCE).put("version", "3.5.0.Final").put("connector", "oracle").put("name", "server1")
                .put("ts_ms", System.currentTimeMillis()).put("snapshot", "false").put("db", "ORCLPDB1")
                .put("schema", "APP").put("table", "ORDERS").put("txId", "tx" + commitScn)
                .put("scn", Long.toString(scn)).put("commit_scn", Long.toString(commitScn));
        Struct tx = new Struct(TRANSACTION).put("id", "tx" + commitScn).put("total_order", serial + 1)
                .put("data_collection_order", serial + 1);
        Struct value = new Struct(ENVELOPE).put("before", before).put("after", after).put("source", source)
                .put("op", op).put("ts_ms", System.currentTimeMillis()).put("transaction", tx);
        return new SourceRecord(Map.of("server", "server1"), Map.of("scn", Long.toString(scn)), "server1.APP.ORDERS",
                ENVELOPE, value);
    }

}
