package io.cutover.mappings.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MigrationLevelTest {
    private static final String TABLE = "CREATE TABLE t (id NUMBER(10) PRIMARY KEY, name VARCHAR2(40 CHAR));\n";

    private static AssessmentReport assess(String ddl) {
        return Assessment.of("test.sql", Ddl.text(ddl)).report();
    }

    @Test
    void tablesThatConvertAsIsAreA1() {
        AssessmentReport r = assess(TABLE);
        assertEquals("A-1", r.level().toString());
        assertEquals(0, r.effort().points());
        assertEquals("A: converts automatically; 1: no manual objects", r.level().meaning());
    }

    @Test
    void aColumnToReviewMakesB1() {
        assertEquals("B-1", assess(TABLE + "CREATE TABLE c (code CHAR(2));\n").level().toString());
    }

    @Test
    void declarativeObjectsAreTwoAndFourWithConstructs() {
        assertEquals("B-2", assess(TABLE + "CREATE SYNONYM s FOR t;\n").level().toString());
        assertEquals("B-4", assess(TABLE + "CREATE VIEW v AS SELECT id FROM t WHERE ROWNUM < 5;\n").level().toString());
    }

    @Test
    void codeIsThreeAndFiveWithConstructs() {
        assertEquals("B-3", assess(TABLE + "CREATE PROCEDURE p IS BEGIN NULL; END;\n/\n").level().toString());
        assertEquals("B-5", assess(TABLE + "CREATE VIEW v AS SELECT id FROM t WHERE ROWNUM < 5;\n"
                + "CREATE PROCEDURE p IS BEGIN EXECUTE IMMEDIATE 'x'; END;\n/\n").level().toString());
    }

    @Test
    void moreThanFiveDaysIsC() {
        // 802 lines: 6 + floor(802 / 5) = 166 points; ceil(166 / 16) / 2 = 5.5 days
        AssessmentReport r = assess(TABLE + "CREATE PROCEDURE big IS\nBEGIN\n" + "  NULL;\n".repeat(799) + "END;\n/\n");
        assertEquals(166, r.effort().points());
        assertEquals(5.5, r.effort().personDays());
        assertEquals("C-3", r.level().toString());
        // 772 lines: 6 + 154 = 160 points, exactly 5 days: still B
        r = assess(TABLE + "CREATE PROCEDURE big IS\nBEGIN\n" + "  NULL;\n".repeat(769) + "END;\n/\n");
        assertEquals(160, r.effort().points());
        assertEquals(5.0, r.effort().personDays());
        assertEquals("B-3", r.level().toString());
    }
}
