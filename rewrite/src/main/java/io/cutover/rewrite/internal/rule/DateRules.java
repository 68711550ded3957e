package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import io.cutover.rewrite.ValueKind;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlNode;

/**
 * Oracle date functions and arithmetic. Oracle DATE carries a time of day, so results keep it (MySQL's
 * LAST_DAY and DATE drop it; PostgreSQL's date type has none).
 */
final class DateRules {
    private static final String PG_MONTH_END = "DATE_TRUNC('month', {0}) + INTERVAL '1 month - 1 day'";

    private DateRules() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("ADD_MONTHS", DateRules::addMonths);
        rules.put("LAST_DAY", (call, ctx) -> ctx.kind(t(ctx.mysql() ? "TIMESTAMP(LAST_DAY({0}), TIME({0}))"
                : "(" + PG_MONTH_END + " + ({0} - DATE_TRUNC('day', {0})))", call.operand(0)), ValueKind.DATE));
        rules.put("MONTHS_BETWEEN", DateRules::monthsBetween);
        rules.put("TRUNC", (call, ctx) -> truncOrRound("TRUNC", call, ctx));
        rules.put("ROUND", (call, ctx) -> truncOrRound("ROUND", call, ctx));
        rules.put("CAST", DateRules::cast);
    }

    /**
     * CAST(x AS DATE): Oracle's DATE keeps the time of day, the targets' DATE does not. MySQL-family targets
     * cast to TIMESTAMP as DATETIME with Oracle's default of 6 fractional digits.
     */
    private static SqlNode cast(SqlCall call, RuleContext ctx) {
        if (!(call.operand(1) instanceof SqlDataTypeSpec type)) {
            return call;
        }
        String name = type.getTypeName().getSimple().toUpperCase(Locale.ROOT);
        if (name.equals("DATE")) {
            ctx.applied("CAST AS DATE keeps the time");
            return ctx.kind(t(ctx.mysql() ? "CAST({0} AS DATETIME)" : "CAST({0} AS TIMESTAMP(0))",
                    call.operand(0)), ValueKind.DATE);
        }
        if (name.equals("TIMESTAMP") && ctx.mysql()) {
            int precision = type.getTypeNameSpec() instanceof SqlBasicTypeNameSpec b && b.getPrecision() >= 0
                    ? b.getPrecision() : 6;
            ctx.applied("CAST AS TIMESTAMP to DATETIME");
            return ctx.kind(t("CAST({0} AS DATETIME(" + precision + "))", call.operand(0)), ValueKind.DATE);
        }
        return call;
    }

    static SqlNode sysdate(RuleContext ctx, boolean timestamp) {
        ctx.applied(timestamp ? "SYSTIMESTAMP" : "SYSDATE");
        String p = ctx.mysql() ? (timestamp ? "NOW(6)" : "NOW()") : (timestamp ? "CURRENT_TIMESTAMP" : "LOCALTIMESTAMP(0)");
        return ctx.kind(t(p), ValueKind.DATE);
    }

    /** date + days, date - days, date - date; null when neither operand is a date. */
    static SqlNode arithmetic(SqlCall call, boolean minus, RuleContext ctx) {
        SqlNode a = call.operand(0);
        SqlNode b = call.operand(1);
        ValueKind ka = ctx.kindOf(a);
        ValueKind kb = ctx.kindOf(b);
        if (ka != ValueKind.DATE && !(kb == ValueKind.DATE && !minus)) {
            warnWithoutCatalog(call, minus, ctx);
            return null;
        }
        if (minus && kb == ValueKind.DATE) {
            ctx.applied("date - date");
            return ctx.kind(t(ctx.mysql() ? "TIMESTAMPDIFF(SECOND, {1}, {0}) / 86400"
                    : "EXTRACT(EPOCH FROM ([0] - [1])) / 86400", a, b), ValueKind.NUMBER);
        }
        if (ka != ValueKind.DATE) {
            SqlNode swap = a;
            a = b;
            b = swap;
        }
        if (b instanceof SqlIntervalLiteral interval) {
            return intervalArithmetic(call, a, interval, minus, ctx);
        }
        if (ctx.kindOf(b) == ValueKind.UNKNOWN && Nodes.integer(b) == null) {
            ctx.warn(call.getParserPosition(), "date " + (minus ? "-" : "+") + " ?", "operand type unknown, "
                    + "treated as a number of days", "give the rewriter a catalog so it knows the column types");
        }
        ctx.applied("date +/- days");
        String op = minus ? " - " : " + ";
        Long days = Nodes.integer(b);
        String p;
        if (ctx.mysql()) {
            p = days != null ? "[0]" + op + "INTERVAL {1} DAY" : "[0]" + op + "INTERVAL ROUND([1] * 86400) SECOND";
        } else {
            p = days != null ? "[0]" + op + "INTERVAL '" + days + " day'" : "[0]" + op + "[1] * INTERVAL '1 day'";
        }
        return ctx.kind(t(p, a, b), ValueKind.DATE);
    }

    /** date +/- INTERVAL 'n' unit in the target's interval syntax; intervals of several units are reported. */
    private static SqlNode intervalArithmetic(SqlCall call, SqlNode date, SqlIntervalLiteral interval, boolean minus,
                                              RuleContext ctx) {
        SqlIntervalLiteral.IntervalValue v = interval.getValueAs(SqlIntervalLiteral.IntervalValue.class);
        TimeUnitRange unit = v.getIntervalQualifier().timeUnitRange;
        String n = v.getIntervalLiteral().strip();
        if (unit.endUnit != null || !n.matches("\\d+")) {
            ctx.unsupported(call.getParserPosition(), "INTERVAL '" + n + "' " + unit,
                    "only whole numbers of one unit are translated in date arithmetic",
                    "write the interval as a sum of single-unit intervals");
            return call;
        }
        ctx.applied("date +/- interval");
        String op = minus ^ v.getSign() < 0 ? " - " : " + ";
        String u = unit.startUnit.name();
        String p = ctx.mysql() ? "[0]" + op + "INTERVAL " + n + " " + u
                : "[0]" + op + "INTERVAL '" + n + " " + u.toLowerCase(Locale.ROOT) + "'";
        return ctx.kind(t(p, date), ValueKind.DATE);
    }

    /**
     * Without a catalog, {@code col + n} may be date arithmetic that Oracle and the target read differently
     * (MariaDB turns a DATETIME into the number 20200131093001): passed through, but never silently.
     */
    private static void warnWithoutCatalog(SqlCall call, boolean minus, RuleContext ctx) {
        if (!ctx.catalog().isEmpty()) {
            return;
        }
        for (SqlNode operand : call.getOperandList()) {
            if (operand instanceof SqlIdentifier id && ctx.kindOf(id) == ValueKind.UNKNOWN) {
                String column = String.join(".", id.names);
                ctx.warn(call.getParserPosition(), "date " + (minus ? "-" : "+") + " ?", "no catalog: if " + column
                        + " is a DATE, Oracle adds days but the target adds numbers; passed through as a number",
                        "give the source schema: cutover rewrite --ddl FILE or --from-source, "
                                + "or Catalog.of(schema) in the Java API");
                return;
            }
        }
    }

    /** ADD_MONTHS keeps Oracle's end-of-month rule: the last day of a month maps to a last day. */
    private static SqlNode addMonths(SqlCall call, RuleContext ctx) {
        ctx.applied("ADD_MONTHS end-of-month rule");
        String p = ctx.mysql()
                ? "CASE WHEN DATE({0}) = LAST_DAY({0}) THEN TIMESTAMP(LAST_DAY({0} + INTERVAL [1] MONTH), TIME({0}))"
                        + " ELSE {0} + INTERVAL [1] MONTH END"
                : "CASE WHEN CAST({0} AS DATE) = CAST(" + PG_MONTH_END + " AS DATE) THEN DATE_TRUNC('month', {0} + [1]"
                        + " * INTERVAL '1 month') + INTERVAL '1 month - 1 day' + ({0} - DATE_TRUNC('day', {0}))"
                        + " ELSE {0} + [1] * INTERVAL '1 month' END";
        return ctx.kind(tList(p, call.getOperandList()), ValueKind.DATE);
    }

    private static SqlNode monthsBetween(SqlCall call, RuleContext ctx) {
        ctx.applied("MONTHS_BETWEEN");
        String p = ctx.mysql()
                ? "((YEAR({0}) - YEAR({1})) * 12 + MONTH({0}) - MONTH({1}) + CASE WHEN DAY({0}) = DAY({1})"
                        + " OR (DATE({0}) = LAST_DAY({0}) AND DATE({1}) = LAST_DAY({1})) THEN 0"
                        + " ELSE (DAY({0}) - DAY({1}) + (TIME_TO_SEC({0}) - TIME_TO_SEC({1})) / 86400) / 31 END)"
                : "((EXTRACT(YEAR FROM {0}) - EXTRACT(YEAR FROM {1})) * 12 + EXTRACT(MONTH FROM {0})"
                        + " - EXTRACT(MONTH FROM {1}) + CASE WHEN EXTRACT(DAY FROM {0}) = EXTRACT(DAY FROM {1})"
                        + " OR (EXTRACT(DAY FROM {0} + INTERVAL '1 day') = 1 AND EXTRACT(DAY FROM {1} + INTERVAL '1 day') = 1)"
                        + " THEN 0 ELSE (EXTRACT(EPOCH FROM {0} - DATE_TRUNC('month', {0}))"
                        + " - EXTRACT(EPOCH FROM {1} - DATE_TRUNC('month', {1}))) / 86400 / 31 END)";
        return ctx.kind(tList(p, call.getOperandList()), ValueKind.NUMBER);
    }

    private static SqlNode truncOrRound(String name, SqlCall call, RuleContext ctx) {
        SqlNode x = call.operand(0);
        String fmt = call.operandCount() > 1 ? Nodes.string(call.operand(1)) : null;
        boolean date = ctx.kindOf(x) == ValueKind.DATE || fmt != null;
        if (!date) {
            if (ctx.kindOf(x) == ValueKind.UNKNOWN && call.operandCount() == 1) {
                ctx.warn(call.getParserPosition(), name, "argument type unknown, treated as a number",
                        "give the rewriter a catalog so it knows DATE columns");
            }
            ctx.applied(name + "(number)");
            String f = ctx.mysql() && name.equals("TRUNC") ? "TRUNCATE" : name;
            return t(f + "({0}, " + (call.operandCount() > 1 ? "{1}" : "0") + ")",
                    call.operandCount() > 1 ? new SqlNode[] {x, call.operand(1)} : new SqlNode[] {x});
        }
        String unit = unit(fmt == null ? "DD" : fmt);
        boolean round = name.equals("ROUND");
        if (unit == null || round && unit.equals("week")) {
            ctx.unsupported(call.getParserPosition(), name + "(date, '" + fmt + "')", "format not translated",
                    "use one of DD, MM, YYYY, Q, " + (round ? "" : "IW, ") + "HH24, MI");
            return call;
        }
        if (round) {
            x = roundingShift(x, unit, ctx);
        }
        ctx.applied(name + "(date)");
        String p = ctx.mysql() ? switch (unit) {
            case "day" -> "CAST(DATE({0}) AS DATETIME)";
            case "month" -> "CAST(DATE_FORMAT({0}, '%Y-%m-01') AS DATETIME)";
            case "year" -> "CAST(DATE_FORMAT({0}, '%Y-01-01') AS DATETIME)";
            case "hour" -> "CAST(DATE_FORMAT({0}, '%Y-%m-%d %H:00:00') AS DATETIME)";
            case "minute" -> "CAST(DATE_FORMAT({0}, '%Y-%m-%d %H:%i:00') AS DATETIME)";
            case "quarter" -> "CAST(MAKEDATE(YEAR({0}), 1) + INTERVAL QUARTER({0}) - 1 QUARTER AS DATETIME)";
            default -> "CAST(DATE({0}) - INTERVAL WEEKDAY({0}) DAY AS DATETIME)";
        } : "DATE_TRUNC('" + unit + "', {0})";
        return ctx.kind(t(p, x), ValueKind.DATE);
    }

    /**
     * ROUND(date) is TRUNC of the date moved by half a unit, as Oracle rounds: days at noon, hours at :30, minutes
     * at :30 seconds, years on July 1, months on the 16th and quarters on the 16th of their second month
     * (15 days back, then forward one or two months: month-end clamping never changes the month).
     */
    private static SqlNode roundingShift(SqlNode x, String unit, RuleContext ctx) {
        boolean my = ctx.mysql();
        String p = switch (unit) {
            case "day" -> my ? "{0} + INTERVAL 12 HOUR" : "{0} + INTERVAL '12 hours'";
            case "hour" -> my ? "{0} + INTERVAL 30 MINUTE" : "{0} + INTERVAL '30 minutes'";
            case "minute" -> my ? "{0} + INTERVAL 30 SECOND" : "{0} + INTERVAL '30 seconds'";
            case "year" -> my ? "{0} + INTERVAL 6 MONTH" : "{0} + INTERVAL '6 months'";
            case "month" -> my ? "{0} - INTERVAL 15 DAY + INTERVAL 1 MONTH" : "{0} - INTERVAL '15 days' + INTERVAL '1 month'";
            default -> my ? "{0} - INTERVAL 15 DAY + INTERVAL 2 MONTH" : "{0} - INTERVAL '15 days' + INTERVAL '2 months'";
        };
        return t(p, x);
    }

    private static String unit(String fmt) {
        return switch (fmt.toUpperCase(Locale.ROOT)) {
            case "DD", "DDD", "J" -> "day";
            case "MM", "MON", "MONTH", "RM" -> "month";
            case "YYYY", "YYY", "YY", "Y", "YEAR", "SYYYY", "RRRR", "RR" -> "year";
            case "HH", "HH12", "HH24" -> "hour";
            case "MI" -> "minute";
            case "Q" -> "quarter";
            case "IW" -> "week";
            default -> null;
        };
    }
}
