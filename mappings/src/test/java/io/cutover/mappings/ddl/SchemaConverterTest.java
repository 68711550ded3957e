package io.cutover.mappings.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.schema.read.OracleDdlReader;
import io.cutover.mappings.types.Classification;
import io.cutover.mappings.types.ColumnMapping;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaConverterTest {

    private static ConversionResult convert(MigrationPlan plan, Dialect d, ConversionOptions options) {
        return new SchemaConverter(options).convert(SampleSchema.schema(), plan, d);
    }

    private static boolean has(ConversionResult r, Finding.Severity s, String object, String text) {
        return r.findings().stream().anyMatch(f -> f.severity() == s && f.object().equals(object)
                && f.message().contains(text));
    }

    @Test
    void coShardedForeignKeysNeedTheOption() {
        ConversionResult r = convert(SampleSchema.plan(Dialect.MYSQL), Dialect.MYSQL, ConversionOptions.DEFAULTS);
        assertTrue(has(r, Finding.Severity.WARNING, "ORDER_PAYMENTS.FK_PAYMENTS_ORDER", "keepCoShardedForeignKeys"));
        assertTrue(r.shards().stream().flatMap(s -> s.statements().stream()).noneMatch(s -> s.contains("fk_payments")));
    }

    @Test
    void physicalTablesArePairedByNumberAndPlacedByShard() {
        ConversionResult r = convert(SampleSchema.plan(Dialect.POSTGRESQL), Dialect.POSTGRESQL, new ConversionOptions(true));
        List<String> s1 = r.shards().get(1).statements();
        assertTrue(s1.contains("ALTER TABLE order_payments_05 ADD CONSTRAINT fk_payments_order_5 FOREIGN KEY (order_id) "
                + "REFERENCES orders_05 (order_id)"));
        assertEquals(List.of("countries", "orders_04", "orders_05", "orders_06", "orders_07", "order_items_2",
                "order_items_3", "order_payments_04", "order_payments_05", "order_payments_06", "order_payments_07",
                "settings", "setting_history"), tables(s1));
        assertEquals(List.of("countries", "orders_00", "orders_01", "orders_02", "orders_03", "order_items_0",
                "order_items_1", "order_payments_00", "order_payments_01", "order_payments_02", "order_payments_03",
                "type_samples"), tables(r.shards().get(0).statements()));
        assertEquals("CREATE SEQUENCE IF NOT EXISTS orders_seq START WITH 1001 INCREMENT BY 2", s1.get(0));
        assertTrue(s1.stream().anyMatch(s -> s.startsWith("ALTER TABLE setting_history ADD CONSTRAINT fk_history_setting")));
    }

    @Test
    void unmappedTablesAndOverlongPhysicalNamesAreErrors() {
        MigrationPlan full = SampleSchema.plan(Dialect.MARIADB);
        List<TableMapping> tables = new ArrayList<>(full.tables());
        tables.removeIf(t -> t.source().equals("SETTINGS"));
        TableMapping countries = tables.remove(0);
        tables.add(0, new TableMapping(countries.source(), "c".repeat(65), countries.placement(), null, null,
                countries.location()));
        MigrationPlan plan = new MigrationPlan("p", "cutover.yaml", null, full.target(), tables);
        ConversionResult r = convert(plan, Dialect.MARIADB, ConversionOptions.DEFAULTS);
        assertTrue(r.hasErrors());
        assertTrue(has(r, Finding.Severity.ERROR, "SETTINGS", "not in mapping file cutover.yaml"));
        assertTrue(has(r, Finding.Severity.ERROR, "COUNTRIES", "longer than 64"));
        assertTrue(has(r, Finding.Severity.WARNING, "SETTING_HISTORY.FK_HISTORY_SETTING", "is not migrated"));
    }

    @Test
    void withoutPlanEverythingGoesToOneTargetWithGeneratedIds() {
        ConversionResult r = convert(null, Dialect.MARIADB, ConversionOptions.DEFAULTS);
        assertEquals(1, r.shards().size());
        assertEquals(SchemaConverter.UNSHARDED, r.shards().get(0).shard());
        assertFalse(r.hasErrors());
        String items = r.shards().get(0).statements().stream()
                .filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS order_items")).findFirst().orElseThrow();
        assertTrue(items.contains("item_id BIGINT NOT NULL AUTO_INCREMENT"), items);
        assertTrue(r.shards().get(0).statements().stream()
                .anyMatch(s -> s.contains("ADD CONSTRAINT fk_items_order FOREIGN KEY IF NOT EXISTS (order_id) REFERENCES orders")));
        assertFalse(has(r, Finding.Severity.WARNING, "ORDERS.ORDER_ID", "only a one-column primary key"));
    }

    @Test
    void rowSizeFitIsReportedAndVisibleInTheColumnMappings() {
        ConversionResult r = convert(SampleSchema.plan(Dialect.MYSQL), Dialect.MYSQL, ConversionOptions.DEFAULTS);
        ColumnMapping note4 = r.columns().stream().filter(c -> c.column().equals("NOTE_4")).findFirst().orElseThrow();
        assertEquals("TEXT", note4.targetType());
        assertEquals(Classification.WIDENING, note4.classification());
        assertTrue(has(r, Finding.Severity.INFO, "TYPE_SAMPLES.NOTE_4", "65535-byte"));
        ColumnMapping note1 = r.columns().stream().filter(c -> c.column().equals("NOTE_1")).findFirst().orElseThrow();
        assertEquals("VARCHAR(4000)", note1.targetType());
    }

    /** Oracle keeps the items of a function-based index in order; a plain column among them stays a column. */
    @Test
    void functionBasedIndexMixingAnExpressionAndAColumn() {
        ColumnType text = new ColumnType("VARCHAR2", 40, null, null, "VARCHAR2(40)");
        Table people = new Table("PEOPLE", List.of(new Column("ID", new ColumnType("NUMBER", 10, 0, null, "NUMBER(10)"),
                false, null, false, null), new Column("FULL_NAME", text, true, null, false, null),
                new Column("CODE", text, true, null, false, null)), new Key("PK_PEOPLE", List.of("ID")), List.of(),
                List.of(), List.of(), null, false, null);
        Index index = new Index("PEOPLE_NAME_IX", "PEOPLE", List.of(), List.of("lower(full_name)", "code"), false, null);
        Schema schema = new Schema(List.of(people), List.of(index), List.of(), List.of(), List.of());
        for (Dialect d : new Dialect[] {Dialect.MYSQL, Dialect.POSTGRESQL}) {
            ConversionResult r = new SchemaConverter(ConversionOptions.DEFAULTS).convert(schema, null, d);
            assertTrue(r.shards().get(0).statements().contains(
                    "CREATE INDEX " + (d == Dialect.POSTGRESQL ? "IF NOT EXISTS " : "") + "people_name_ix ON people "
                            + "((lower(full_name)), code)"), d + ": " + r.shards().get(0).statements());
            assertFalse(has(r, Finding.Severity.WARNING, "PEOPLE.PEOPLE_NAME_IX", "manual conversion"), r.findings().toString());
        }
    }

    /** As DBMS_METADATA writes it: a quoted sequence default, invisible and virtual columns. */
    private static final String EXPORT = """
            CREATE SEQUENCE "SHOP"."Line_Seq" START WITH 100;
            CREATE TABLE "SHOP"."LINES"
               (	"LINE_ID" NUMBER(10,0) DEFAULT "SHOP"."Line_Seq"."NEXTVAL" NOT NULL ENABLE,
            	"QTY" NUMBER(5,0),
            	"PRICE" NUMBER(10,2),
            	"TOTAL" NUMBER(15,2) GENERATED ALWAYS AS ("QTY"*"PRICE") VIRTUAL,
            	"CODE" VARCHAR2(3) GENERATED ALWAYS AS (SUBSTR("PRICE",1,3)) VIRTUAL,
            	"PIN" VARCHAR2(4) INVISIBLE,
            	 CONSTRAINT "LINES_PK" PRIMARY KEY ("LINE_ID") ENABLE);
            """;

    @Test
    void exportedSequenceDefaultVirtualAndInvisibleColumns() {
        Schema schema = new OracleDdlReader().read("export.sql", EXPORT);
        assertEquals(List.of(), schema.skipped());
        ConversionResult pg = new SchemaConverter(ConversionOptions.DEFAULTS).convert(schema, null, Dialect.POSTGRESQL);
        assertEquals(List.of("CREATE SEQUENCE IF NOT EXISTS \"Line_Seq\" START WITH 100 INCREMENT BY 1", """
                CREATE TABLE IF NOT EXISTS lines (
                  line_id BIGINT NOT NULL DEFAULT nextval('"Line_Seq"'),
                  qty INT,
                  price NUMERIC(10,2),
                  total NUMERIC(15,2) GENERATED ALWAYS AS (qty * price) STORED,
                  code VARCHAR(3),
                  pin VARCHAR(4),
                  CONSTRAINT lines_pk PRIMARY KEY (line_id)
                )"""), pg.shards().get(0).statements());
        ConversionResult maria = new SchemaConverter(ConversionOptions.DEFAULTS).convert(schema, null, Dialect.MARIADB);
        assertEquals("""
                CREATE TABLE IF NOT EXISTS `lines` (
                  line_id BIGINT NOT NULL AUTO_INCREMENT,
                  qty INT,
                  price DECIMAL(10,2),
                  total DECIMAL(15,2) GENERATED ALWAYS AS (qty * price) VIRTUAL,
                  code VARCHAR(3),
                  pin VARCHAR(4),
                  PRIMARY KEY (line_id)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""", maria.shards().get(0).statements().get(0));
        for (ConversionResult r : List.of(pg, maria)) {
            assertFalse(has(r, Finding.Severity.WARNING, "LINES.LINE_ID", "DEFAULT"), r.findings()::toString);
            assertTrue(has(r, Finding.Severity.WARNING, "LINES.CODE", "needs review: virtual column AS "
                    + "(SUBSTR(\"PRICE\",1,3)) has no automatic translation"), r.findings()::toString);
            assertTrue(has(r, Finding.Severity.WARNING, "LINES.PIN", "INVISIBLE in Oracle"), r.findings()::toString);
            assertTrue(has(r, Finding.Severity.INFO, "LINES.TOTAL", "becomes a generated column AS (qty * price)"));
        }
    }

    private static List<String> tables(List<String> statements) {
        String create = "CREATE TABLE IF NOT EXISTS ";
        return statements.stream().filter(s -> s.startsWith(create))
                .map(s -> s.substring(create.length(), s.indexOf(' ', create.length()))).toList();
    }
}
