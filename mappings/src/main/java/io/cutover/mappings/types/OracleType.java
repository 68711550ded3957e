package io.cutover.mappings.types;

import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import java.util.Locale;

/**
 * A source type with Oracle's ANSI aliases resolved the way Oracle stores them: {@code INTEGER} is
 * {@code NUMBER(*,0)}, {@code DOUBLE PRECISION} is {@code FLOAT(126)}, {@code VARCHAR} is {@code VARCHAR2}.
 */
record OracleType(String name, Integer precision, Integer scale, LengthSemantics semantics) {

    static OracleType of(ColumnType t) {
        String n = t.name().toUpperCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (n.startsWith("SYS.") || n.startsWith("MDSYS.") || n.startsWith("PUBLIC.")) {
            n = n.substring(n.indexOf('.') + 1);
        }
        Integer p = t.precision();
        Integer s = t.scale();
        return switch (n) {
            case "INTEGER", "INT", "SMALLINT" -> new OracleType("NUMBER", null, 0, null);
            case "NUMERIC", "DECIMAL", "DEC" -> new OracleType("NUMBER", p, p == null ? Integer.valueOf(0) : s, null);
            case "DOUBLE PRECISION" -> new OracleType("FLOAT", 126, null, null);
            case "REAL" -> new OracleType("FLOAT", 63, null, null);
            case "VARCHAR", "CHARACTER VARYING", "CHAR VARYING" -> new OracleType("VARCHAR2", p, null, t.semantics());
            case "NATIONAL CHARACTER VARYING", "NATIONAL CHAR VARYING", "NCHAR VARYING" ->
                    new OracleType("NVARCHAR2", p, null, null);
            case "CHARACTER" -> new OracleType("CHAR", p, null, t.semantics());
            case "NATIONAL CHARACTER", "NATIONAL CHAR" -> new OracleType("NCHAR", p, null, null);
            default -> new OracleType(n, p, s, t.semantics());
        };
    }

    /** Length counts characters: CHAR semantics or a national type (whose length is always in characters). */
    boolean charSemantics() {
        return semantics == LengthSemantics.CHAR || name.startsWith("N");
    }
}
