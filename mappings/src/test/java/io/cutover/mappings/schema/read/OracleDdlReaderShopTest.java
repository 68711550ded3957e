package io.cutover.mappings.schema.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.schema.Check;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.LengthSemantics;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.ManualObject.Kind;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the realistic SQL Developer / DBMS_METADATA export of a shop schema. */
class OracleDdlReaderShopTest {
    private static final String FILE = "shop-oracle.sql";
    private static Schema schema;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = OracleDdlReaderShopTest.class.getResourceAsStream("/ddl/" + FILE)) {
            schema = new OracleDdlReader().read(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static ColumnType type(String table, String column) {
        return schema.table(table).column(column).type();
    }

    private static void assertType(String name, Integer precision, Integer scale, LengthSemantics semantics,
                                   ColumnType actual) {
        assertEquals(List.of(name, String.valueOf(precision), String.valueOf(scale), String.valueOf(semantics)),
                List.of(actual.name(), String.valueOf(actual.precision()), String.valueOf(actual.scale()),
                        String.valueOf(actual.semantics())), actual.text());
    }

    @Test
    void readsEveryTableInOrderWithSchemaPrefixDropped() {
        assertEquals(List.of("COUNTRIES", "CUSTOMERS", "PRODUCTS", "ORDERS", "Order Lines", "PAYMENTS", "INVENTORY",
                "AUDIT_LOG", "SHIPMENTS", "CATEGORY"), schema.tables().stream().map(Table::name).toList());
        assertEquals(new Location(FILE, 19, 1), schema.table("COUNTRIES").location());
        assertEquals(new Location(FILE, 112, 1), schema.table("Order Lines").location());
    }

    @Test
    void readsNumericTypes() {
        assertType("NUMBER", 10, 0, null, type("CUSTOMERS", "CUSTOMER_ID"));
        assertType("NUMBER", null, 0, null, type("CUSTOMERS", "LOYALTY_POINTS"));
        assertType("NUMBER", null, null, null, type("PRODUCTS", "PRODUCT_ID"));
        assertType("NUMBER", 12, 2, null, type("PRODUCTS", "PRICE"));
        assertType("FLOAT", 63, null, null, type("PRODUCTS", "WEIGHT_KG"));
        assertType("BINARY_FLOAT", null, null, null, type("PRODUCTS", "RATING"));
        assertType("BINARY_DOUBLE", null, null, null, type("PRODUCTS", "SCORE"));
    }

    @Test
    void readsCharacterTypesWithLengthSemantics() {
        assertType("CHAR", 2, null, LengthSemantics.BYTE, type("COUNTRIES", "COUNTRY_CODE"));
        assertType("NVARCHAR2", 100, null, null, type("COUNTRIES", "NAME"));
        assertType("NCHAR", 3, null, null, type("COUNTRIES", "ISO_NUM"));
        assertType("VARCHAR2", 30, null, LengthSemantics.CHAR, type("COUNTRIES", "REGION"));
        assertType("VARCHAR2", 255, null, LengthSemantics.BYTE, type("CUSTOMERS", "EMAIL"));
        assertType("VARCHAR2", 10, null, null, type("CUSTOMERS", "STATUS"));
        assertType("CHAR", 1, null, LengthSemantics.CHAR, type("AUDIT_LOG", "ACTION"));
        assertEquals("varchar2(40 char)", type("PRODUCTS", "SKU").text());
    }

    @Test
    void readsDateTimeAndIntervalTypes() {
        assertType("DATE", null, null, null, type("CUSTOMERS", "BIRTH_DATE"));
        assertType("TIMESTAMP", 6, null, null, type("CUSTOMERS", "CREATED_AT"));
        assertType("TIMESTAMP", 9, null, null, type("AUDIT_LOG", "CHANGED_AT"));
        assertType("TIMESTAMP WITH TIME ZONE", 3, null, null, type("ORDERS", "PLACED_AT"));
        assertType("TIMESTAMP WITH TIME ZONE", null, null, null, type("AUDIT_LOG", "SESSION_TZ"));
        assertType("TIMESTAMP WITH LOCAL TIME ZONE", 6, null, null, type("PAYMENTS", "PAID_AT"));
        assertType("INTERVAL YEAR TO MONTH", 2, null, null, type("PRODUCTS", "WARRANTY"));
        assertType("INTERVAL DAY TO SECOND", 2, 6, null, type("ORDERS", "DELIVERY_WINDOW"));
    }

    @Test
    void readsLobAndLegacyTypes() {
        assertType("CLOB", null, null, null, type("CUSTOMERS", "NOTES"));
        assertType("NCLOB", null, null, null, type("Order Lines", "GIFT_NOTE"));
        assertType("BLOB", null, null, null, type("PRODUCTS", "IMAGE"));
        assertType("RAW", 2000, null, null, type("PRODUCTS", "THUMBNAIL"));
        assertType("LONG", null, null, null, type("PRODUCTS", "LEGACY_DESC"));
        assertType("LONG RAW", null, null, null, type("PAYMENTS", "RAW_RESPONSE"));
    }

    @Test
    void readsDefaultsIdentityAndNullability() {
        Column id = schema.table("CUSTOMERS").column("CUSTOMER_ID");
        assertEquals("\"SHOP\".\"CUSTOMER_SEQ\".\"NEXTVAL\"", id.defaultExpression());
        assertFalse(id.nullable());
        assertEquals("SYSTIMESTAMP", schema.table("CUSTOMERS").column("CREATED_AT").defaultExpression());
        assertEquals("'ACTIVE'", schema.table("CUSTOMERS").column("STATUS").defaultExpression());
        assertEquals("sysdate", schema.table("PRODUCTS").column("CREATED_ON").defaultExpression());
        assertEquals("SYS_CONTEXT('USERENV', 'CLIENT_INFO')",
                schema.table("AUDIT_LOG").column("Client Info").defaultExpression());
        assertTrue(schema.table("CUSTOMERS").column("FULL_NAME").nullable());
        for (String[] identity : new String[][] {{"PRODUCTS", "PRODUCT_ID"}, {"ORDERS", "ORDER_ID"},
                {"PAYMENTS", "PAYMENT_ID"}}) {
            Column c = schema.table(identity[0]).column(identity[1]);
            assertTrue(c.identity() && !c.nullable(), identity[0] + "." + identity[1]);
        }
        assertFalse(schema.table("CUSTOMERS").column("CUSTOMER_ID").identity());
    }

    @Test
    void readsInlineAndOutOfLineKeysAndChecks() {
        assertEquals(new Key("COUNTRIES_PK", List.of("COUNTRY_CODE")), schema.table("COUNTRIES").primaryKey());
        assertEquals(List.of(new Key("CUSTOMERS_EMAIL_UK", List.of("EMAIL"))), schema.table("CUSTOMERS").uniqueKeys());
        assertEquals(List.of(new Check("CUSTOMERS_STATUS_CK", "status IN ('ACTIVE', 'BLOCKED', 'GONE')")),
                schema.table("CUSTOMERS").checks());
        Table products = schema.table("PRODUCTS");
        assertEquals(new Key(null, List.of("PRODUCT_ID")), products.primaryKey());
        assertEquals(List.of(new Key(null, List.of("SKU"))), products.uniqueKeys());
        assertEquals(List.of(new Check(null, "price >= 0")), products.checks());
        assertEquals(new Key("ORDERS_PK", List.of("ORDER_ID", "ORDER_DATE")), schema.table("ORDERS").primaryKey());
        assertEquals(List.of(new Check("ORDERS_TOTAL_CK", "total >= 0")), schema.table("ORDERS").checks());
        assertEquals(new Key(null, List.of("PAYMENT_ID", "METHOD")), schema.table("PAYMENTS").primaryKey());
        assertEquals(List.of(new Check(null, "on_hand >= reserved")), schema.table("INVENTORY").checks());
        assertNull(schema.table("AUDIT_LOG").primaryKey());
    }

    @Test
    void readsConstraintsAddedByAlterTable() {
        assertEquals(new Key("ORDER_LINES_PK", List.of("ORDER_ID", "ORDER_DATE", "Line No")),
                schema.table("Order Lines").primaryKey());
        Table shipments = schema.table("SHIPMENTS");
        assertEquals(new Key("SHIPMENTS_PK", List.of("SHIPMENT_ID")), shipments.primaryKey());
        assertFalse(shipments.column("SHIPMENT_ID").nullable());
        assertEquals(List.of(new Key("SHIPMENTS_TRACKING_UK", List.of("CARRIER", "TRACKING_NO"))),
                shipments.uniqueKeys());
        assertEquals(List.of(new ForeignKey("SHIPMENTS_ORDER_FK", List.of("ORDER_ID", "ORDER_DATE"), "ORDERS",
                List.of("ORDER_ID", "ORDER_DATE"), null)), shipments.foreignKeys());
        assertEquals(List.of(new Check("PAYMENTS_AMOUNT_CK", "\"AMOUNT\" > 0")), schema.table("PAYMENTS").checks());
    }

    @Test
    void readsForeignKeysWithDeleteRules() {
        assertEquals(List.of(new ForeignKey("CUSTOMERS_COUNTRY_FK", List.of("COUNTRY_CODE"), "COUNTRIES",
                List.of("COUNTRY_CODE"), null)), schema.table("CUSTOMERS").foreignKeys());
        assertEquals(List.of(new ForeignKey("INVENTORY_PRODUCT_FK", List.of("PRODUCT_ID"), "PRODUCTS",
                List.of("PRODUCT_ID"), "CASCADE")), schema.table("INVENTORY").foreignKeys());
        assertEquals(List.of(new ForeignKey("ORDER_LINES_ORDER_FK", List.of("ORDER_ID", "ORDER_DATE"), "ORDERS",
                List.of("ORDER_ID", "ORDER_DATE"), "CASCADE")), schema.table("Order Lines").foreignKeys());
        assertEquals(List.of(new ForeignKey("PAYMENTS_ORDER_FK", List.of("ORDER_ID", "ORDER_DATE"), "ORDERS",
                List.of("ORDER_ID", "ORDER_DATE"), "SET NULL")), schema.table("PAYMENTS").foreignKeys());
    }

    @Test
    void leavesOutTheDisabledForeignKeyAndSaysSo() {
        assertEquals(List.of(), schema.table("CATEGORY").foreignKeys());
        assertEquals(List.of(new Skipped(new Location(FILE, 201, 3),
                "constraint CATEGORY_PARENT_FK is DISABLED in the source and is left out",
                "\" PRIMARY KEY (\"CATEGORY_ID\") ENABLE, CONSTRAINT \"CATEGORY_PARENT_FK\" FOREIGN")), schema.skipped());
    }

    @Test
    void marksPartitionedTables() {
        assertEquals(List.of("ORDERS", "Order Lines", "PAYMENTS"),
                schema.tables().stream().filter(Table::partitioned).map(Table::name).toList());
    }

    @Test
    void readsComments() {
        assertEquals("People who buy; one row per account", schema.table("CUSTOMERS").comment());
        assertEquals("Login e-mail, unique", schema.table("CUSTOMERS").column("EMAIL").comment());
        assertEquals("NEW, PAID; SHIPPED or 'CANCELLED'", schema.table("ORDERS").column("STATUS").comment());
        assertEquals("Position within the order", schema.table("Order Lines").column("Line No").comment());
        assertNull(schema.table("ORDERS").comment());
    }

    @Test
    void readsIndexesIncludingFunctionBased() {
        assertEquals(List.of(
                new Index("ORDERS_CUSTOMER_IX", "ORDERS", List.of("CUSTOMER_ID", "ORDER_DATE"), List.of(), false,
                        new Location(FILE, 237, 1)),
                new Index("PRODUCTS_NAME_UX", "PRODUCTS", List.of(), List.of("UPPER(\"NAME\")"), true,
                        new Location(FILE, 240, 1)),
                new Index("ORDERS_STATUS_BIX", "ORDERS", List.of("STATUS"), List.of(), false,
                        new Location(FILE, 242, 1)),
                new Index("CUSTOMERS_NAME_IX", "CUSTOMERS", List.of(), List.of("lower(full_name)", "country_code"),
                        false, new Location(FILE, 243, 1)),
                new Index("Order Lines Product", "Order Lines", List.of("PRODUCT_ID"), List.of(), false,
                        new Location(FILE, 244, 1))), schema.indexes());
    }

    @Test
    void readsSequencesWithAllOptions() {
        assertEquals(List.of(new Sequence("CUSTOMER_SEQ", 1001, 1, null, false, new Location(FILE, 12, 1)),
                new Sequence("ORDER_SEQ", 5000, 10, 99999999L, true, new Location(FILE, 13, 1)),
                new Sequence("Audit_Seq", -1, -1, -1L, false, new Location(FILE, 14, 1))), schema.sequences());
    }

    @Test
    void keepsPlsqlViewsAndSynonymsAsManualObjects() {
        List<ManualObject> manual = schema.manualObjects();
        assertEquals(List.of("VIEW CUSTOMER_ORDERS_V 4 249", "SYNONYM PROD 1 257", "TRIGGER CUSTOMERS_AUDIT_TRG 14 262",
                        "PACKAGE ORDER_API 5 282", "PACKAGE_BODY ORDER_API 15 289"),
                manual.stream().map(m -> m.kind() + " " + m.name() + " " + m.lines() + " " + m.location().line())
                        .toList());
        ManualObject body = manual.get(4);
        assertEquals(Kind.PACKAGE_BODY, body.kind());
        assertTrue(body.text().startsWith("CREATE OR REPLACE EDITIONABLE PACKAGE BODY"));
        assertTrue(body.text().endsWith("END order_api;"), body.text());
    }
}
