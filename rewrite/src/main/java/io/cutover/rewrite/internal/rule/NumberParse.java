package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import io.cutover.rewrite.ValueKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/**
 * TO_NUMBER(s[, fmt]). PostgreSQL has Oracle's TO_NUMBER(text, fmt). MySQL-family targets get a CAST after the
 * group separators are removed, which is exact for fixed-point formats with Oracle's American
 * NLS_NUMERIC_CHARACTERS ({@code ,} and G group, {@code .} and D is the point); other formats are reported.
 */
final class NumberParse {
    /** Fixed-point formats: digits and group separators, then an optional point and decimal digits. */
    private static final Pattern FIXED = Pattern.compile("(FM)?([90][90,G]*)(?:[.D]([90]+))?",
            Pattern.CASE_INSENSITIVE);
    /** Formats PostgreSQL's TO_NUMBER reads as Oracle does: digits, groups, point and sign (no $, X, EEEE, V, RN). */
    private static final Pattern PG = Pattern.compile("(FM)?S?[90,GD.]+(S|MI|PR)?",
            Pattern.CASE_INSENSITIVE);

    private NumberParse() {
    }

    static SqlNode toNumber(SqlCall call, RuleContext ctx) {
        SqlNode s = call.operand(0);
        if (call.operandCount() == 1) {
            ctx.applied("TO_NUMBER to CAST");
            return ctx.kind(t(ctx.mysql() ? "CAST({0} AS DECIMAL(38, 10))" : "CAST({0} AS NUMERIC)", s),
                    ValueKind.NUMBER);
        }
        String fmt = Nodes.string(call.operand(1));
        if (call.operandCount() > 2 || fmt == null) {
            ctx.unsupported(call.getParserPosition(), "TO_NUMBER", "only a literal format without NLS parameters "
                    + "is translated", null);
            return call;
        }
        Matcher fixed = FIXED.matcher(fmt);
        if (ctx.mysql() ? !fixed.matches() : !PG.matcher(fmt).matches()) {
            ctx.unsupported(call.getParserPosition(), "TO_NUMBER format '" + fmt + "'", ctx.mysql()
                    ? "only digits (9, 0), group separators (',' G) and a decimal point ('.' D) are translated "
                    + "for MySQL-family targets" : "PostgreSQL's TO_NUMBER reads this format differently",
                    "convert the text in the application");
            return call;
        }
        ctx.applied("TO_NUMBER format model");
        ctx.warn(call.getParserPosition(), "TO_NUMBER format", "text that does not fit the format (ORA-01722 in "
                + "Oracle) is converted as far as possible, not rejected", null);
        if (!ctx.mysql()) {
            return ctx.kind(t("TO_NUMBER({0}, {1})", s, call.operand(1)), ValueKind.NUMBER);
        }
        int scale = fixed.group(3) == null ? 0 : fixed.group(3).length();
        SqlNode digits = fixed.group(2).toUpperCase(Locale.ROOT).matches(".*[,G].*") ? t("REPLACE({0}, ',', '')", s)
                : s;
        return ctx.kind(t("CAST({0} AS DECIMAL(38, " + scale + "))", digits), ValueKind.NUMBER);
    }
}
