package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.plan.Target;
import io.cutover.mappings.schema.Check;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.LengthSemantics;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Table;
import java.util.List;

/**
 * A realistic Oracle schema and a two-shard plan covering every placement, every Oracle type, each kind
 * of foreign key, a unique key without the shard key, a function-based index, a sequence, reserved-word
 * column names, a virtual column and a 70-character name.
 */
final class SampleSchema {
    static final String LONG_NAME = "CUSTOMER_PREFERRED_DELIVERY_WINDOW_START_TIME_IN_LOCAL_TIME_OF_THE_DAY";
    private static final Location AT = new Location("schema.sql", 1, 1);

    private SampleSchema() {
    }

    static Schema schema() {
        Table countries = table("COUNTRIES", List.of(
                        col("CODE", type("CHAR", 2, null), false),
                        col("NAME", varchar(100, LengthSemantics.CHAR), false)),
                pk("PK_COUNTRIES", "CODE"), List.of(), List.of(), List.of(), "ISO 3166 countries", false);
        Table orders = table("ORDERS", List.of(
                        new Column("ORDER_ID", type("NUMBER", 18, 0), false, "orders_seq.nextval", false, null),
                        col("ORDER_NO", varchar(20, LengthSemantics.BYTE), false),
                        col("CUSTOMER_ID", type("NUMBER", 10, null), false),
                        col("COUNTRY_CODE", type("CHAR", 2, null), false),
                        new Column("STATUS", varchar(10, null), false, "'NEW'", false, "order state"),
                        col("TOTAL", type("NUMBER", 12, 2), true),
                        new Column("CREATED", type("DATE", null, null), false, "SYSDATE", false, null),
                        col("LEVEL", type("NUMBER", 2, null), true)),
                pk("PK_ORDERS", "ORDER_ID"), List.of(new Key("UK_ORDERS_NO", List.of("ORDER_NO"))),
                List.of(fk("FK_ORDERS_COUNTRY", "COUNTRY_CODE", "COUNTRIES", "CODE")),
                List.of(new Check("CK_ORDERS_STATUS", "STATUS IN ('NEW', 'PAID', 'SHIPPED')"),
                        new Check("CK_ORDERS_TOTAL", "TOTAL >= 0 OR TOTAL IS NULL")),
                "customer orders", true);
        Table items = table("ORDER_ITEMS", List.of(
                        new Column("ITEM_ID", type("NUMBER", null, null), false, null, true, null),
                        col("ORDER_ID", type("NUMBER", 18, 0), false),
                        col("PRODUCT", varchar(200, LengthSemantics.BYTE), false),
                        col("QTY", type("NUMBER", 5, 0), false),
                        col("PRICE", type("NUMBER", 10, 2), false),
                        col("DISCOUNT", type("FLOAT", 10, null), true),
                        new Column("LINE_TOTAL", type("NUMBER", 15, 2), true, null, false, null, "\"QTY\" * \"PRICE\"",
                                false)),
                pk("PK_ORDER_ITEMS", "ITEM_ID"), List.of(),
                List.of(fk("FK_ITEMS_ORDER", "ORDER_ID", "ORDERS", "ORDER_ID")), List.of(), null, false);
        Table payments = table("ORDER_PAYMENTS", List.of(
                        col("ORDER_ID", type("NUMBER", 18, 0), false),
                        col("PAYMENT_NO", type("NUMBER", 3, 0), false),
                        col("AMOUNT", type("NUMBER", null, null), false),
                        col("PAID_AT", type("TIMESTAMP WITH TIME ZONE", 9, null), false),
                        col("METHOD", type("CHAR", 4, null), false)),
                new Key("PK_ORDER_PAYMENTS", List.of("ORDER_ID", "PAYMENT_NO")), List.of(),
                List.of(fk("FK_PAYMENTS_ORDER", "ORDER_ID", "ORDERS", "ORDER_ID")),
                List.of(new Check("CK_PAYMENTS_AMOUNT", "AMOUNT > 0 AND LENGTH(METHOD) = 4")), null, false);
        Table settings = table("SETTINGS", List.of(
                        col("KEY", varchar(64, null), false),
                        col("VALUE", varchar(4000, null), true),
                        col("USER", varchar(30, null), true),
                        new Column("UPDATED", type("TIMESTAMP WITH LOCAL TIME ZONE", null, null), false,
                                "SYSTIMESTAMP", false, null)),
                pk("PK_SETTINGS", "KEY"), List.of(), List.of(), List.of(), "it's a key/value store", false);
        Table history = table("SETTING_HISTORY", List.of(
                        new Column("ID", type("NUMBER", 10, 0), false, null, true, null),
                        col("KEY", varchar(64, null), false),
                        col("OLD_VALUE", type("CLOB", null, null), true)),
                pk("PK_SETTING_HISTORY", "ID"), List.of(),
                List.of(fk("FK_HISTORY_SETTING", "KEY", "SETTINGS", "KEY")), List.of(), null, false);
        Table samples = table("TYPE_SAMPLES", List.of(
                        col("ID", type("INTEGER", null, null), false),
                        col("N_STAR", type("NUMBER", null, 0), true),
                        col("N_SMALL_SCALE", type("NUMBER", 3, 5), true),
                        col("N_NEG_SCALE", type("NUMBER", 5, -2), true),
                        col("N_WIDE", type("NUMBER", 38, 0), true),
                        col("F_DEFAULT", type("FLOAT", null, null), true),
                        col("BF", type("BINARY_FLOAT", null, null), true),
                        col("BD", type("BINARY_DOUBLE", null, null), true),
                        col("NV", type("NVARCHAR2", 50, null), true),
                        col("NC", type("NCHAR", 3, null), true),
                        col("BIG_CHAR", type("CHAR", 500, null), true),
                        col("TS3", type("TIMESTAMP", 3, null), true),
                        col("TS9", type("TIMESTAMP", 9, null), true),
                        col("LONG_TEXT", type("LONG", null, null), true),
                        col("DOC", type("NCLOB", null, null), true),
                        col("PIC", type("BLOB", null, null), true),
                        col("HASH", type("RAW", 16, null), true),
                        col("YM", type("INTERVAL YEAR TO MONTH", 2, null), true),
                        col("DS", type("INTERVAL DAY TO SECOND", 2, 6), true),
                        col("RID", type("ROWID", null, null), true),
                        col("URID", type("UROWID", 4000, null), true),
                        col("XML", type("XMLTYPE", null, null), true),
                        col("SHAPE", type("SDO_GEOMETRY", null, null), true),
                        col("Mixed Case", varchar(10, LengthSemantics.CHAR), true),
                        col(LONG_NAME, type("TIMESTAMP", 0, null), true),
                        col("COUNTRY_CODE", type("CHAR", 2, null), true),
                        col("NOTE_1", varchar(4000, LengthSemantics.CHAR), true),
                        col("NOTE_2", varchar(4000, LengthSemantics.CHAR), true),
                        col("NOTE_3", varchar(4000, LengthSemantics.CHAR), true),
                        col("NOTE_4", varchar(4000, LengthSemantics.CHAR), true),
                        new Column("COMMENT", varchar(100, null), true, "'it''s \\ fine'", false,
                                "quote ' and backslash \\")),
                pk(null, "ID"), List.of(),
                List.of(fk("FK_SAMPLES_COUNTRY", "COUNTRY_CODE", "COUNTRIES", "CODE"),
                        fk("FK_SAMPLES_SETTINGS", "NV", "SETTINGS", "KEY")), List.of(), null, false);
        Table audit = table("AUDIT_LOG", List.of(
                        col("ID", type("NUMBER", 18, 0), false),
                        col("ORDER_ID", type("NUMBER", 18, 0), true)),
                pk("PK_AUDIT_LOG", "ID"), List.of(),
                List.of(fk("FK_AUDIT_ORDER", "ORDER_ID", "ORDERS", "ORDER_ID")), List.of(), null, false);
        List<Index> indexes = List.of(
                new Index("IX_ORDERS_CUSTOMER", "ORDERS", List.of("CUSTOMER_ID"), List.of(), false, AT),
                new Index("IX_ORDERS_NO_UPPER", "ORDERS", List.of(), List.of("UPPER(\"ORDER_NO\")"), false, AT),
                new Index("UX_ITEMS_ORDER_PRODUCT", "ORDER_ITEMS", List.of("ORDER_ID", "PRODUCT"), List.of(), true, AT),
                new Index("IX_SAMPLES_SUBSTR", "TYPE_SAMPLES", List.of(), List.of("SUBSTR(NV, 1, 3)"), false, AT),
                new Index("IX_" + LONG_NAME, "TYPE_SAMPLES", List.of(LONG_NAME), List.of(), false, AT));
        return new Schema(List.of(countries, orders, items, payments, settings, history, samples, audit), indexes,
                List.of(new Sequence("ORDERS_SEQ", 1000, 1, null, false, AT)), List.of(), List.of());
    }

    static MigrationPlan plan(Dialect dialect) {
        SourceLocation at = new SourceLocation("cutover.yaml", 10, 3);
        ShardBy byOrder = new ShardBy(List.of("ORDER_ID"), Algorithm.MOD, 4, List.of(), "{table}_{index:2}");
        return new MigrationPlan("sample", "cutover.yaml", null, new Target(dialect, List.of(shard("s0"), shard("s1"))),
                List.of(
                        new TableMapping("COUNTRIES", "countries", Placement.BROADCAST, null, null, at),
                        new TableMapping("ORDERS", "orders", Placement.SHARDED, byOrder, null, at),
                        new TableMapping("ORDER_ITEMS", "order_items", Placement.SHARDED,
                                new ShardBy(List.of("ORDER_ID"), Algorithm.HASH, 2, List.of(), null), null, at),
                        new TableMapping("ORDER_PAYMENTS", "order_payments", Placement.SHARDED, byOrder, null, at),
                        new TableMapping("SETTINGS", "settings", Placement.SINGLE, null, "s1", at),
                        new TableMapping("SETTING_HISTORY", "setting_history", Placement.SINGLE, null, "s1", at),
                        new TableMapping("TYPE_SAMPLES", "type_samples", Placement.SINGLE, null, "s0", at),
                        new TableMapping("AUDIT_LOG", "audit_log", Placement.EXCLUDED, null, null, at)));
    }

    private static Endpoint shard(String name) {
        return new Endpoint(name, "jdbc:postgresql://127.0.0.1/" + name, "cutover", Secret.NONE, SourceLocation.UNKNOWN);
    }

    static ColumnType type(String name, Integer precision, Integer scale) {
        return new ColumnType(name, precision, scale, null, name + (precision == null ? "" : "(" + precision
                + (scale == null ? "" : "," + scale) + ")"));
    }

    static ColumnType varchar(int n, LengthSemantics semantics) {
        return new ColumnType("VARCHAR2", n, null, semantics, "VARCHAR2(" + n + (semantics == null ? "" : " " + semantics) + ")");
    }

    private static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, null);
    }

    private static Key pk(String name, String column) {
        return new Key(name, List.of(column));
    }

    private static ForeignKey fk(String name, String column, String parent, String parentColumn) {
        return new ForeignKey(name, List.of(column), parent, List.of(parentColumn), null);
    }

    private static Table table(String name, List<Column> columns, Key pk, List<Key> uniques, List<ForeignKey> fks,
                               List<Check> checks, String comment, boolean partitioned) {
        return new Table(name, columns, pk, uniques, fks, checks, comment, partitioned, AT);
    }
}
