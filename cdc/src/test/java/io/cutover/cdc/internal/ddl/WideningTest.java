package io.cutover.cdc.internal.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import io.cutover.mappings.types.TargetType;
import io.cutover.mappings.types.TypeMapper;
import io.cutover.mappings.types.TypeOverrides;
import org.junit.jupiter.api.Test;

/** What counts as a widening, on the source (SourceColumn) and on the target (ColumnCapacity). */
class WideningTest {

    @Test
    void sourceWideningKeepsTypeIntegerDigitsAndScale() {
        SourceColumn varchar40 = new SourceColumn("n", "VARCHAR", 40, null);
        SourceColumn decimal10x2 = new SourceColumn("a", "DECIMAL", 10, 2);
        assertEquals(true, new SourceColumn("n", "VARCHAR", 80, null).widens(varchar40));
        assertEquals(false, new SourceColumn("n", "VARCHAR", 20, null).widens(varchar40));
        assertEquals(false, new SourceColumn("n", "TEXT", null, null).widens(varchar40));
        assertEquals(true, new SourceColumn("a", "DECIMAL", 12, 2).widens(decimal10x2));
        assertEquals(true, new SourceColumn("a", "DECIMAL", 12, 4).widens(decimal10x2));
        assertEquals(false, new SourceColumn("a", "DECIMAL", 10, 4).widens(decimal10x2), "fewer integer digits");
        assertEquals(false, new SourceColumn("a", "DECIMAL", 12, 1).widens(decimal10x2), "smaller scale");
    }

    @Test
    void targetColumnHoldsOrWidensToTheMappedType() {
        TargetType varchar80 = pg(new ColumnType("VARCHAR2", 80, null, LengthSemantics.CHAR, "VARCHAR(80)"));
        TargetType number12x2 = pg(new ColumnType("NUMBER", 12, 2, null, "DECIMAL(12,2)"));
        assertEquals("hold", verdict(ColumnCapacity.existing("varchar", 100, 0), varchar80));
        assertEquals("widen", verdict(ColumnCapacity.existing("VARCHAR", 40, 0), varchar80));
        assertEquals("hold", verdict(ColumnCapacity.existing("text", Integer.MAX_VALUE, 0), varchar80));
        assertEquals("refuse", verdict(ColumnCapacity.existing("int8", 19, 0), varchar80));
        assertEquals("widen", verdict(ColumnCapacity.existing("numeric", 10, 2), number12x2));
        assertEquals("hold", verdict(ColumnCapacity.existing("DECIMAL", 38, 10), number12x2));
        assertEquals("widen", verdict(ColumnCapacity.existing("int4", 10, 0), number12x2));
    }

    private static TargetType pg(ColumnType type) {
        return new TypeMapper(Dialect.POSTGRESQL, TypeOverrides.NONE).map("T", new Column("C", type, true, null, false,
                null)).target();
    }

    private static String verdict(ColumnCapacity existing, TargetType wanted) {
        ColumnCapacity w = ColumnCapacity.wanted(wanted);
        return existing.holds(w) ? "hold" : existing.widensTo(w) ? "widen" : "refuse";
    }
}
