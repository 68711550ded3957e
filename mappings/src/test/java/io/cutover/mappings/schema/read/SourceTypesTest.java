package io.cutover.mappings.schema.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** The one source-type table, as the schema reader and the stream's on-ddl: apply both call it. */
class SourceTypesTest {

    @Test
    void postgresTypesAsJdbcAndTheConnectorReportThem() {
        assertEquals("NUMBER(10,2)", oracle(SourceType.POSTGRESQL, "numeric", 10, 2));
        assertEquals("NUMBER", oracle(SourceType.POSTGRESQL, "numeric", 0, null));
        assertEquals("NUMBER", oracle(SourceType.POSTGRESQL, "numeric", null, null));
        assertEquals("CLOB", oracle(SourceType.POSTGRESQL, "varchar", Integer.MAX_VALUE, null));
        assertEquals("VARCHAR2(40)", oracle(SourceType.POSTGRESQL, "varchar", 40, null));
        assertEquals("TIMESTAMP(3)", oracle(SourceType.POSTGRESQL, "timestamp", 29, 3));
        assertEquals("TIMESTAMP(6)", oracle(SourceType.POSTGRESQL, "timestamp", null, null));
        assertNull(SourceTypes.oracleType(SourceType.POSTGRESQL, "tsvector", null, null));
    }

    @Test
    void binlogTypesKeepFractionalSecondsFromTheLength() {
        assertEquals("TIMESTAMP(6)", oracle(SourceType.MARIADB, "DATETIME", 6, null));
        assertEquals("TIMESTAMP(0)", oracle(SourceType.MARIADB, "DATETIME", null, null));
        assertEquals("NUMBER(20,0)", oracle(SourceType.MYSQL, "BIGINT UNSIGNED", null, null));
        assertEquals("NUMBER(12,4)", oracle(SourceType.MARIADB, "DECIMAL", 12, 4));
        assertEquals("RAW(16)", oracle(SourceType.MARIADB, "varbinary", 16, null));
    }

    @Test
    void oracleNamesPassWithNumberWithoutPrecisionUnconstrained() {
        assertEquals("NUMBER", oracle(SourceType.ORACLE, "NUMBER", 0, -127));
        assertEquals("NUMBER(9,2)", oracle(SourceType.ORACLE, "NUMBER", 9, 2));
        assertEquals("TIMESTAMP WITH TIME ZONE(6)", oracle(SourceType.ORACLE, "TIMESTAMP(6) WITH TIME ZONE", 13, 6));
        assertEquals("VARCHAR2(30)", oracle(SourceType.ORACLE, "VARCHAR2", 30, null));
    }

    private static String oracle(SourceType source, String type, Integer length, Integer scale) {
        ColumnType t = SourceTypes.oracleType(source, type, length, scale);
        return t.name() + (t.precision() == null ? "" : "(" + t.precision() + (t.scale() == null ? "" : "," + t.scale())
                + ")");
    }
}
