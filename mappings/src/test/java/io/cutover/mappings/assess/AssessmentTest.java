package io.cutover.mappings.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.assess.AssessmentReport.ColumnIssue;
import io.cutover.mappings.assess.AssessmentReport.ConstructUse;
import io.cutover.mappings.assess.AssessmentReport.Counts;
import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.assess.AssessmentReport.Status;
import io.cutover.mappings.assess.AssessmentReport.TableStatus;
import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.ManualObject.Kind;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.types.Classification;
import io.cutover.mappings.types.ColumnMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assesses the shop export; the expected numbers are worked out by hand from the documented formulas. */
class AssessmentTest {
    private static final AssessmentReport SHOP = Assessment.of(Ddl.SHOP, Ddl.shop()).report();

    @Test
    void countsEveryObject() {
        Map<Kind, Integer> manual = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            manual.put(k, 0);
        }
        manual.putAll(Map.of(Kind.PACKAGE, 1, Kind.PACKAGE_BODY, 1, Kind.TRIGGER, 1, Kind.VIEW, 1, Kind.SYNONYM, 1));
        // 9 primary keys (not AUDIT_LOG), 3 unique, 6 foreign (CATEGORY_PARENT_FK is disabled), 5 checks
        assertEquals(new Counts(10, 72, 5, 3, 23, 9, 3, 6, 5, manual), SHOP.counts());
        assertEquals(List.copyOf(manual.keySet()), List.copyOf(SHOP.counts().manualObjects().keySet()));
    }

    @Test
    void scoresManualObjectsHardestFirst() {
        // base + floor(lines / 5) + constructs
        assertEquals(List.of(
                new ManualWork(Kind.PACKAGE_BODY, "ORDER_API", new Location(Ddl.SHOP, 289, 1), 15, 8 + 3 + 3,
                        List.of(new ConstructUse(Construct.ORACLE_PACKAGE, 1, 3, 301,
                                "DBMS_OUTPUT.PUT_LINE(q'{order cancelled; don't ship}');"))),
                new ManualWork(Kind.TRIGGER, "CUSTOMERS_AUDIT_TRG", new Location(Ddl.SHOP, 262, 1), 14, 6 + 2, List.of()),
                new ManualWork(Kind.PACKAGE, "ORDER_API", new Location(Ddl.SHOP, 282, 1), 5, 2 + 1, List.of()),
                new ManualWork(Kind.VIEW, "CUSTOMER_ORDERS_V", new Location(Ddl.SHOP, 249, 1), 4, 2, List.of()),
                new ManualWork(Kind.SYNONYM, "PROD", new Location(Ddl.SHOP, 257, 1), 1, 1, List.of())),
                SHOP.manualObjects());
    }

    @Test
    void effortAndLevel() {
        // 28 object points + 2 x 15 columns + 4 warnings + 1 skipped = 63 points; ceil(63 / 16) / 2 = 2 days
        assertEquals(63, SHOP.effort().points());
        assertEquals(2.0, SHOP.effort().personDays());
        assertEquals("points = 28 (manual objects) + 2 x 15 (lossy/needs-review columns) + 1 x 4 (warnings) + 4 x 0 "
                + "(errors) + 1 x 1 (skipped statements) = 63; person-days = ceil(points / 16) / 2 = 2 "
                + "(1 point = 15 minutes)", SHOP.effort().formula());
        // B: manual work of at most 5 days; 5: a construct (DBMS_OUTPUT) in PL/SQL code
        assertEquals("B-5", SHOP.level().toString());
    }

    @Test
    void listsLossyAndNeedsReviewColumnsWithReasons() {
        assertEquals(15, SHOP.columns().size());
        assertTrue(SHOP.columns().contains(new ColumnIssue("ORDERS", "PLACED_AT", "TIMESTAMP (3) WITH TIME ZONE",
                "DATETIME(3)", Classification.LOSSY, "stored as the UTC instant; the time zone is lost")));
        assertTrue(SHOP.columns().contains(new ColumnIssue("PRODUCTS", "WARRANTY", "interval year(2) to month", "INT",
                Classification.NEEDS_REVIEW, "no interval type: stored as total months")));
        assertTrue(SHOP.columns().stream().allMatch(c -> c.classification() == Classification.LOSSY
                || c.classification() == Classification.NEEDS_REVIEW));
    }

    @Test
    void findingsAreWarningsAndErrorsNotRepeatingColumns() {
        // CUSTOMERS_NAME_IX (lower(full_name), country_code) converts: no warning for it
        assertEquals(4, SHOP.findings().size());
        assertTrue(SHOP.findings().contains(new Finding(Finding.Severity.WARNING, "AUDIT_LOG.CHANGED_BY",
                "DEFAULT USER has no automatic translation and was dropped")));
        assertTrue(SHOP.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.INFO
                || f.object().equals("ORDERS.PLACED_AT")));
        // DEFAULT "SHOP"."CUSTOMER_SEQ"."NEXTVAL" is a sequence default (AUTO_INCREMENT here), not a dropped one
        assertTrue(SHOP.findings().stream().noneMatch(f -> f.object().equals("CUSTOMERS.CUSTOMER_ID")), SHOP.findings()::toString);
    }

    @Test
    void tableStatusWithoutMapping() {
        assertEquals(List.of(
                new TableStatus("COUNTRIES", null, Status.NEEDS_WORK, 4, 0, 2, 0, 0),
                new TableStatus("CUSTOMERS", null, Status.NEEDS_WORK, 9, 0, 1, 0, 0),
                new TableStatus("PRODUCTS", null, Status.NEEDS_WORK, 12, 3, 1, 0, 0),
                new TableStatus("ORDERS", null, Status.NEEDS_WORK, 8, 1, 1, 1, 0),
                new TableStatus("Order Lines", null, Status.WARNINGS, 7, 1, 0, 0, 0),
                new TableStatus("PAYMENTS", null, Status.WARNINGS, 7, 0, 0, 1, 0),
                new TableStatus("INVENTORY", null, Status.WARNINGS, 5, 1, 0, 0, 0),
                new TableStatus("AUDIT_LOG", null, Status.NEEDS_WORK, 9, 2, 1, 2, 0),
                new TableStatus("SHIPMENTS", null, Status.NEEDS_WORK, 7, 0, 1, 0, 0),
                new TableStatus("CATEGORY", null, Status.OK, 4, 0, 0, 0, 0)), SHOP.tables());
        assertEquals("mysql", SHOP.target());
        assertNull(SHOP.mapping());
    }

    @Test
    void mappingGivesPlacementsTargetAndTheUnmappedTableAsError() {
        String mapping = "src/test/resources/assess/shop.yaml";
        AssessmentReport r = Assessment.of(Ddl.SHOP, Ddl.shop()).plan(PlanLoader.load(Path.of(mapping))).report();
        assertEquals("mariadb", r.target());
        assertEquals(mapping, r.mapping());
        assertEquals(List.of(Placement.BROADCAST, Placement.SHARDED, Placement.BROADCAST, Placement.SHARDED,
                Placement.SHARDED, Placement.SHARDED, Placement.SINGLE, Placement.EXCLUDED, Placement.SHARDED),
                r.tables().subList(0, 9).stream().map(TableStatus::placement).toList());
        assertEquals(new TableStatus("AUDIT_LOG", Placement.EXCLUDED, Status.EXCLUDED, 9, 0, 0, 0, 0), r.tables().get(7));
        assertEquals(new TableStatus("CATEGORY", null, Status.NEEDS_WORK, 4, 0, 0, 0, 1), r.tables().get(9));
        assertTrue(r.findings().contains(new Finding(Finding.Severity.WARNING, "PAYMENTS.PAYMENTS_ORDER_FK",
                "foreign key to ORDERS dropped: the tables are sharded differently, so a child row's parent may be on "
                        + "another shard")));
    }

    @Test
    void typeOverridesOfTheMappingApplyAsInConvert() throws Exception {
        Path mapping = Path.of("src/test/resources/assess/shop.yaml");
        String yaml = Files.readString(mapping) + """
                type-overrides:
                  columns: { INVENTORY.PRODUCT_ID: "DECIMAL(20,4)" }
                """;
        MigrationPlan plan = PlanLoader.load("shop.yaml", yaml, mapping.getParent(), Map.<String, String>of()::get);
        AssessmentReport r = Assessment.of(Ddl.SHOP, Ddl.shop()).plan(plan).report();
        ColumnMapping converted = new SchemaConverter(ConversionOptions.DEFAULTS)
                .convert(Ddl.shop(), plan, Dialect.MARIADB).columns().stream()
                .filter(c -> c.table().equals("INVENTORY") && c.column().equals("PRODUCT_ID")).findFirst().orElseThrow();
        assertEquals("DECIMAL(20,4)", converted.targetType());
        assertEquals(Classification.OVERRIDDEN, converted.classification());
        // without the mapping it is NUMBER -> DECIMAL(65,30), LOSSY; the mapping's choice is no longer an issue
        assertTrue(SHOP.columns().stream().anyMatch(c -> c.table().equals("INVENTORY") && c.column().equals("PRODUCT_ID")
                && c.classification() == Classification.LOSSY));
        assertTrue(r.columns().stream().noneMatch(c -> c.table().equals("INVENTORY")), r.columns()::toString);
        assertEquals(new TableStatus("INVENTORY", Placement.SINGLE, Status.OK, 5, 0, 0, 0, 0), r.tables().get(6));
    }

    @Test
    void invisibleAndUntranslatedVirtualColumnsAreFindings() {
        AssessmentReport r = Assessment.of("t.sql", Ddl.text("""
                CREATE TABLE t (id NUMBER(9) PRIMARY KEY, pin VARCHAR2(4) INVISIBLE,
                  code VARCHAR2(3) AS (SUBSTR(pin, 1, 3)) VIRTUAL, twice NUMBER(10) AS (id * 2) VIRTUAL);
                """)).target(Dialect.POSTGRESQL).report();
        assertEquals(List.of(new Finding(Finding.Severity.WARNING, "T.PIN", "INVISIBLE in Oracle (left out of SELECT * "
                        + "and of INSERT without a column list); a normal column on the target: check statements that "
                        + "rely on it being hidden"),
                new Finding(Finding.Severity.WARNING, "T.CODE", "needs review: virtual column AS (SUBSTR(pin, 1, 3)) has "
                        + "no automatic translation; created as a plain column that the copy fills but new rows do not: "
                        + "make it a generated column (or compute it in the application) by hand")), r.findings());
        assertEquals(Status.WARNINGS, r.tables().get(0).status());
    }

    @Test
    void targetOverridesTheMappingDialect() {
        AssessmentReport r = Assessment.of(Ddl.SHOP, Ddl.shop())
                .plan(PlanLoader.load(Path.of("src/test/resources/assess/shop.yaml"))).target(Dialect.POSTGRESQL).report();
        assertEquals("postgresql", r.target());
        assertTrue(r.columns().stream().noneMatch(c -> c.reason().contains("MySQL")), r.columns()::toString);
    }

    @Test
    void keepsSkippedStatements() {
        assertEquals(List.of(new Skipped(new Location(Ddl.SHOP, 201, 3),
                "constraint CATEGORY_PARENT_FK is DISABLED in the source and is left out",
                "\" PRIMARY KEY (\"CATEGORY_ID\") ENABLE, CONSTRAINT \"CATEGORY_PARENT_FK\" FOREIGN")), SHOP.skipped());
    }
}
