package io.cutover.mappings.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeMappingTest {
    private static final TypeMapper MYSQL = new TypeMapper(Dialect.MYSQL, TypeOverrides.NONE);
    private static final TypeMapper POSTGRES = new TypeMapper(Dialect.POSTGRESQL, TypeOverrides.NONE);

    /** name, precision, scale, semantics, MySQL type, class, PostgreSQL type, class. */
    @ParameterizedTest(name = "{0}({1},{2}) {3}")
    @CsvSource(nullValues = "-", value = {
            "NUMBER, 1, 0, -, TINYINT, EXACT, SMALLINT, EXACT",
            "NUMBER, 2, -, -, TINYINT, EXACT, SMALLINT, EXACT",
            "NUMBER, 3, 0, -, SMALLINT, EXACT, SMALLINT, EXACT",
            "NUMBER, 4, 0, -, SMALLINT, EXACT, SMALLINT, EXACT",
            "NUMBER, 5, 0, -, INT, EXACT, INT, EXACT",
            "NUMBER, 9, 0, -, INT, EXACT, INT, EXACT",
            "NUMBER, 10, 0, -, BIGINT, EXACT, BIGINT, EXACT",
            "NUMBER, 18, 0, -, BIGINT, EXACT, BIGINT, EXACT",
            "NUMBER, 19, 0, -, 'DECIMAL(19,0)', EXACT, 'NUMERIC(19,0)', EXACT",
            "NUMBER, 38, 0, -, 'DECIMAL(38,0)', EXACT, 'NUMERIC(38,0)', EXACT",
            "NUMBER, 12, 2, -, 'DECIMAL(12,2)', EXACT, 'NUMERIC(12,2)', EXACT",
            "NUMBER, 38, 35, -, 'DECIMAL(38,30)', LOSSY, 'NUMERIC(38,35)', EXACT",
            "NUMBER, 3, 5, -, 'DECIMAL(5,5)', NEEDS_REVIEW, 'NUMERIC(5,5)', NEEDS_REVIEW",
            "NUMBER, 5, -2, -, INT, NEEDS_REVIEW, INT, NEEDS_REVIEW",
            "NUMBER, 17, -2, -, 'DECIMAL(19,0)', NEEDS_REVIEW, 'NUMERIC(19,0)', NEEDS_REVIEW",
            "NUMBER, -, -, -, 'DECIMAL(65,30)', LOSSY, NUMERIC, EXACT",
            "NUMBER, -, 0, -, 'DECIMAL(38,0)', EXACT, 'NUMERIC(38,0)', EXACT",
            "NUMBER, -, 4, -, 'DECIMAL(38,4)', EXACT, 'NUMERIC(38,4)', EXACT",
            "INTEGER, -, -, -, 'DECIMAL(38,0)', EXACT, 'NUMERIC(38,0)', EXACT",
            "DECIMAL, 10, 2, -, 'DECIMAL(10,2)', EXACT, 'NUMERIC(10,2)', EXACT",
            "FLOAT, 49, -, -, DOUBLE, WIDENING, DOUBLE PRECISION, WIDENING",
            "FLOAT, 50, -, -, DOUBLE, LOSSY, DOUBLE PRECISION, LOSSY",
            "FLOAT, -, -, -, DOUBLE, LOSSY, DOUBLE PRECISION, LOSSY",
            "DOUBLE PRECISION, -, -, -, DOUBLE, LOSSY, DOUBLE PRECISION, LOSSY",
            "BINARY_FLOAT, -, -, -, FLOAT, LOSSY, REAL, EXACT",
            "BINARY_DOUBLE, -, -, -, DOUBLE, LOSSY, DOUBLE PRECISION, EXACT",
            "VARCHAR2, 100, -, -, VARCHAR(100), WIDENING, VARCHAR(100), WIDENING",
            "VARCHAR2, 100, -, BYTE, VARCHAR(100), WIDENING, VARCHAR(100), WIDENING",
            "VARCHAR2, 100, -, CHAR, VARCHAR(100), EXACT, VARCHAR(100), EXACT",
            "NVARCHAR2, 100, -, -, VARCHAR(100), EXACT, VARCHAR(100), EXACT",
            "VARCHAR2, 16383, -, CHAR, VARCHAR(16383), EXACT, VARCHAR(16383), EXACT",
            "VARCHAR2, 16384, -, CHAR, MEDIUMTEXT, WIDENING, VARCHAR(16384), EXACT",
            "CHAR, 10, -, CHAR, CHAR(10), NEEDS_REVIEW, CHAR(10), EXACT",
            "CHAR, 10, -, -, CHAR(10), NEEDS_REVIEW, CHAR(10), WIDENING",
            "NCHAR, 10, -, -, CHAR(10), NEEDS_REVIEW, CHAR(10), EXACT",
            "CHAR, 300, -, CHAR, VARCHAR(300), NEEDS_REVIEW, CHAR(300), EXACT",
            "DATE, -, -, -, DATETIME(0), EXACT, TIMESTAMP(0), EXACT",
            "TIMESTAMP, -, -, -, DATETIME(6), EXACT, TIMESTAMP(6), EXACT",
            "TIMESTAMP, 3, -, -, DATETIME(3), EXACT, TIMESTAMP(3), EXACT",
            "TIMESTAMP, 9, -, -, DATETIME(6), LOSSY, TIMESTAMP(6), LOSSY",
            "TIMESTAMP WITH TIME ZONE, -, -, -, DATETIME(6), LOSSY, TIMESTAMPTZ(6), LOSSY",
            "TIMESTAMP WITH TIME ZONE, 9, -, -, DATETIME(6), LOSSY, TIMESTAMPTZ(6), LOSSY",
            "TIMESTAMP WITH LOCAL TIME ZONE, 0, -, -, DATETIME(0), EXACT, TIMESTAMPTZ(0), EXACT",
            "CLOB, -, -, -, LONGTEXT, EXACT, TEXT, EXACT",
            "NCLOB, -, -, -, LONGTEXT, EXACT, TEXT, EXACT",
            "LONG, -, -, -, LONGTEXT, EXACT, TEXT, EXACT",
            "BLOB, -, -, -, LONGBLOB, EXACT, BYTEA, EXACT",
            "LONG RAW, -, -, -, LONGBLOB, EXACT, BYTEA, EXACT",
            "RAW, 16, -, -, VARBINARY(16), EXACT, BYTEA, WIDENING",
            "INTERVAL YEAR TO MONTH, 2, -, -, INT, NEEDS_REVIEW, INTERVAL YEAR TO MONTH, EXACT",
            "INTERVAL DAY TO SECOND, 2, 6, -, BIGINT, NEEDS_REVIEW, INTERVAL DAY TO SECOND(6), EXACT",
            "INTERVAL DAY TO SECOND, 2, 9, -, BIGINT, NEEDS_REVIEW, INTERVAL DAY TO SECOND(6), LOSSY",
            "BOOLEAN, -, -, -, BOOLEAN, EXACT, BOOLEAN, EXACT",
            "ROWID, -, -, -, VARCHAR(18), NEEDS_REVIEW, VARCHAR(18), NEEDS_REVIEW",
            "UROWID, 4000, -, -, VARCHAR(4000), NEEDS_REVIEW, VARCHAR(4000), NEEDS_REVIEW",
            "XMLTYPE, -, -, -, LONGTEXT, NEEDS_REVIEW, XML, NEEDS_REVIEW",
            "SYS.XMLTYPE, -, -, -, LONGTEXT, NEEDS_REVIEW, XML, NEEDS_REVIEW",
            "MDSYS.SDO_GEOMETRY, -, -, -, LONGTEXT, NEEDS_REVIEW, TEXT, NEEDS_REVIEW",
            "ANYDATA, -, -, -, LONGTEXT, NEEDS_REVIEW, TEXT, NEEDS_REVIEW",
    })
    void builtInTable(String name, Integer p, Integer s, LengthSemantics semantics, String mysql,
                      Classification mysqlClass, String postgres, Classification postgresClass) {
        ColumnType type = new ColumnType(name, p, s, semantics, name);
        TargetType m = MYSQL.builtIn(type);
        TargetType g = POSTGRES.builtIn(type);
        assertEquals(mysql + " " + mysqlClass, m.sql() + " " + m.classification(), "MySQL family");
        assertEquals(postgres + " " + postgresClass, g.sql() + " " + g.classification(), "PostgreSQL");
        assertFalse(m.reason().isBlank());
        assertFalse(g.reason().isBlank());
    }

    @Test
    void everyMysqlFamilyDialectSharesTheTable() {
        ColumnType t = new ColumnType("TIMESTAMP WITH TIME ZONE", 3, null, null, "TIMESTAMP(3) WITH TIME ZONE");
        for (Dialect d : Dialect.values()) {
            if (d.family() == Dialect.Family.MYSQL) {
                assertEquals(MYSQL.builtIn(t), new TypeMapper(d, TypeOverrides.NONE).builtIn(t), d.yamlName());
            }
        }
    }

    @Test
    void comparatorTraits() {
        TargetType tz = MYSQL.builtIn(new ColumnType("TIMESTAMP WITH TIME ZONE", 9, null, null, "x"));
        assertTrue(tz.utcInstant());
        assertEquals(6, tz.precision());
        assertEquals(ValueKind.TIMESTAMP, tz.kind());
        TargetType ltz = POSTGRES.builtIn(new ColumnType("TIMESTAMP WITH LOCAL TIME ZONE", null, null, null, "x"));
        assertTrue(ltz.utcInstant());
        TargetType plain = POSTGRES.builtIn(new ColumnType("TIMESTAMP", null, null, null, "x"));
        assertFalse(plain.utcInstant());
        TargetType chr = MYSQL.builtIn(new ColumnType("CHAR", 5, null, null, "CHAR(5)"));
        assertTrue(chr.blankPadded());
        assertFalse(MYSQL.builtIn(new ColumnType("VARCHAR2", 5, null, null, "x")).blankPadded());
        TargetType dec = POSTGRES.builtIn(new ColumnType("NUMBER", 12, 2, null, "x"));
        assertEquals(ValueKind.DECIMAL, dec.kind());
        assertEquals(12, dec.precision());
        assertEquals(2, dec.scale());
        assertEquals(ValueKind.INTEGER, POSTGRES.builtIn(new ColumnType("NUMBER", 9, 0, null, "x")).kind());
        assertEquals(15, MYSQL.builtIn(new ColumnType("BINARY_DOUBLE", null, null, null, "x")).precision());
        assertEquals(ValueKind.INTERVAL_MICROS,
                MYSQL.builtIn(new ColumnType("INTERVAL DAY TO SECOND", 2, 6, null, "x")).kind());
    }
}
