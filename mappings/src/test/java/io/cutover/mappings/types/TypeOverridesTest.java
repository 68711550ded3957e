package io.cutover.mappings.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeOverridesTest {
    private static final SourceLocation AT = new SourceLocation("cutover.yaml", 12, 7);

    private static TypeOverrides.Rule rule(String match, String type, Classification c) {
        return new TypeOverrides.Rule(match, type, c, AT);
    }

    private static Column column(String name, ColumnType type) {
        return new Column(name, type, true, null, false, null);
    }

    @Test
    void columnRuleWinsOverTypeRuleAndIsReported() {
        TypeOverrides o = new TypeOverrides(List.of(rule("orders.total", "DECIMAL(20,4)", null)),
                List.of(rule("NUMBER", "BIGINT", null)));
        TypeMapper mapper = new TypeMapper(Dialect.MARIADB, o);
        ColumnMapping total = mapper.map("ORDERS", column("TOTAL", new ColumnType("NUMBER", null, null, null, "NUMBER")));
        assertEquals("DECIMAL(20,4)", total.targetType());
        assertEquals(Classification.OVERRIDDEN, total.classification());
        assertTrue(total.reason().contains("cutover.yaml:12:7"), total.reason());
        assertEquals(ValueKind.DECIMAL, total.target().kind());
        assertEquals(4, total.target().scale());
        ColumnMapping other = mapper.map("ORDERS", column("QTY", new ColumnType("NUMBER", null, null, null, "NUMBER")));
        assertEquals("BIGINT", other.targetType());
        assertEquals(ValueKind.INTEGER, other.target().kind());
        assertEquals("NUMBER", other.override().match());
    }

    @Test
    void typePatternsMatchExactlyWithAliasesResolved() {
        TypeOverrides o = new TypeOverrides(List.of(), List.of(rule("NUMBER(*,0)", "BIGINT", Classification.EXACT),
                rule("date", "DATETIME(0)", null), rule("VARCHAR2(10 CHAR)", "VARCHAR(12)", null)));
        assertEquals("NUMBER(*,0)", o.lookup("T", "C", new ColumnType("INTEGER", null, null, null, "INTEGER")).match());
        assertEquals("NUMBER(*,0)", o.lookup("T", "C", new ColumnType("NUMBER", null, 0, null, "NUMBER(*,0)")).match());
        assertNull(o.lookup("T", "C", new ColumnType("NUMBER", 10, 0, null, "NUMBER(10)")));
        assertNull(o.lookup("T", "C", new ColumnType("NUMBER", null, null, null, "NUMBER")));
        assertEquals("date", o.lookup("T", "C", new ColumnType("DATE", null, null, null, "DATE")).match());
        assertEquals("VARCHAR2(10 CHAR)", o.lookup("T", "C", new ColumnType("VARCHAR", 10, null, null, "x")).match());
        ColumnMapping m = new TypeMapper(Dialect.POSTGRESQL, o)
                .map("T", column("C", new ColumnType("NUMBER", null, 0, null, "NUMBER(*,0)")));
        assertEquals(Classification.EXACT, m.classification(), "the user-declared classification is kept");
    }

    @Test
    void timestampOverrideKeepsTraitsWithNewDigits() {
        TypeOverrides o = new TypeOverrides(List.of(rule("T.TS", "DATETIME(3)", null)), List.of());
        ColumnMapping m = new TypeMapper(Dialect.MYSQL, o)
                .map("T", column("TS", new ColumnType("TIMESTAMP WITH TIME ZONE", 6, null, null, "x")));
        assertEquals(3, m.target().precision());
        assertTrue(m.target().utcInstant());
    }

    @Test
    void malformedRulesNameTheirLocation() {
        CutoverException bad = assertThrows(CutoverException.class,
                () -> new TypeOverrides(List.of(), List.of(rule("NUMBER(10", "BIGINT", null))));
        assertTrue(bad.getMessage().startsWith("cutover.yaml:12:7: type override 'NUMBER(10'"), bad.getMessage());
        CutoverException col = assertThrows(CutoverException.class,
                () -> new TypeOverrides(List.of(rule("TOTAL", "BIGINT", null)), List.of()));
        assertTrue(col.getMessage().contains("TABLE.COLUMN"), col.getMessage());
    }
}
