package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.DatatypeContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Precision_partContext;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a parsed Oracle column type into a {@link ColumnType}. ANSI synonyms become what the Oracle
 * dictionary shows: {@code INTEGER}/{@code INT}/{@code SMALLINT} are {@code NUMBER(*,0)},
 * {@code DECIMAL}/{@code NUMERIC} are {@code NUMBER}, {@code VARCHAR} is {@code VARCHAR2},
 * {@code REAL} is {@code FLOAT(63)}, {@code DOUBLE PRECISION} is {@code FLOAT(126)}.
 */
final class TypeReader {
    private final SourceStatement source;

    TypeReader(SourceStatement source) {
        this.source = source;
    }

    ColumnType read(DatatypeContext ctx, String column) {
        String text = source.text(ctx);
        if (ctx.INTERVAL() != null) {
            return interval(ctx, text);
        }
        String element = ctx.native_datatype_element().children.stream()
                .map(t -> t.getText().toUpperCase(Locale.ROOT)).collect(Collectors.joining(" "));
        Precision_partContext p = ctx.precision_part();
        Integer precision = p == null || p.ASTERISK() != null ? null : Integer.valueOf(p.numeric(0).getText());
        Integer scale = p == null ? null : scale(p);
        LengthSemantics semantics = p == null ? null
                : p.CHAR() != null ? LengthSemantics.CHAR : p.BYTE() != null ? LengthSemantics.BYTE : null;
        return switch (element) {
            case "NUMBER" -> new ColumnType("NUMBER", precision, scale, null, text);
            case "DECIMAL", "DEC", "NUMERIC" -> new ColumnType("NUMBER", precision, scale == null ? 0 : scale, null, text);
            case "INTEGER", "INT", "SMALLINT" -> new ColumnType("NUMBER", null, 0, null, text);
            case "FLOAT" -> new ColumnType("FLOAT", precision, null, null, text);
            case "REAL" -> new ColumnType("FLOAT", 63, null, null, text);
            case "DOUBLE PRECISION" -> new ColumnType("FLOAT", 126, null, null, text);
            case "BINARY_FLOAT", "BINARY_DOUBLE", "DATE", "CLOB", "NCLOB", "BLOB", "LONG", "LONG RAW" ->
                    new ColumnType(element, null, null, null, text);
            case "VARCHAR2", "VARCHAR", "NVARCHAR2", "RAW" -> {
                if (precision == null) {
                    throw source.problem(ctx.getStart(), "column " + column + ": " + element + " needs a length");
                }
                yield new ColumnType(element.equals("VARCHAR") ? "VARCHAR2" : element, precision, null, semantics, text);
            }
            case "CHAR", "CHARACTER", "NCHAR" ->
                    new ColumnType(element.equals("NCHAR") ? "NCHAR" : "CHAR", precision == null ? 1 : precision, null,
                            semantics, text);
            case "TIMESTAMP" -> new ColumnType(ctx.TIME() == null ? "TIMESTAMP"
                    : ctx.LOCAL() == null ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITH LOCAL TIME ZONE",
                    precision, null, null, text);
            default -> throw source.problem(ctx.getStart(),
                    "column " + column + ": type " + element + " is not supported");
        };
    }

    /** {@code INTERVAL YEAR(p) TO MONTH} or {@code INTERVAL DAY(p) TO SECOND(s)}. */
    private ColumnType interval(DatatypeContext ctx, String text) {
        Integer leading = null;
        Integer fraction = null;
        int to = ctx.TO().getSymbol().getTokenIndex();
        for (var e : ctx.expression()) {
            int value = Integer.parseInt(e.getText());
            if (e.getStart().getTokenIndex() < to) {
                leading = value;
            } else {
                fraction = value;
            }
        }
        return ctx.YEAR() != null
                ? new ColumnType("INTERVAL YEAR TO MONTH", leading, null, null, text)
                : new ColumnType("INTERVAL DAY TO SECOND", leading, fraction, null, text);
    }

    /** The second number of {@code (p,s)} or {@code (*,s)}; null when there is none. */
    private static Integer scale(Precision_partContext p) {
        if (p.numeric_negative() != null) {
            return Integer.valueOf(p.numeric_negative().getText());
        }
        int index = p.ASTERISK() != null ? 0 : 1;
        return p.numeric().size() > index ? Integer.valueOf(p.numeric(index).getText()) : null;
    }
}
