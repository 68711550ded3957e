package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import io.cutover.rewrite.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/** TO_CHAR, TO_DATE, TO_TIMESTAMP and TO_NUMBER with their format models. */
final class FormatRules {
    /** Oracle's default NLS_DATE_FORMAT, used when TO_CHAR(date) has no format. */
    private static final String NLS_DATE_FORMAT = "DD-MON-RR";

    private FormatRules() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("TO_CHAR", FormatRules::toChar);
        rules.put("TO_DATE", (call, ctx) -> parse("TO_DATE", call, ctx));
        rules.put("TO_TIMESTAMP", (call, ctx) -> parse("TO_TIMESTAMP", call, ctx));
        rules.put("TO_NUMBER", NumberParse::toNumber);
    }

    private static SqlNode toChar(SqlCall call, RuleContext ctx) {
        SqlNode x = call.operand(0);
        String fmt = call.operandCount() > 1 ? Nodes.string(call.operand(1)) : null;
        if (call.operandCount() > 1 && fmt == null) {
            ctx.unsupported(call.getParserPosition(), "TO_CHAR", "the format must be a literal", null);
            return call;
        }
        boolean date = ctx.kindOf(x) == ValueKind.DATE || (fmt != null && !fmt.matches("(?i)[FM90.,$SDG]*"));
        if (date) {
            return toCharDate(call, x, fmt == null ? NLS_DATE_FORMAT : fmt, ctx);
        }
        ctx.applied("TO_CHAR(number)");
        if (fmt == null) {
            return ctx.kind(t(ctx.mysql() ? "CAST({0} AS CHAR)" : "CAST({0} AS TEXT)", x), ValueKind.STRING);
        }
        SqlNode formatted = NumberFormat.translate(x, fmt, ctx.mysql());
        if (formatted == null && !ctx.mysql()) {
            return ctx.kind(t("TO_CHAR({0}, {1})", x, call.operand(1)), ValueKind.STRING);
        }
        if (formatted == null) {
            ctx.unsupported(call.getParserPosition(), "TO_CHAR(number, '" + fmt + "')", "only fixed-point formats "
                    + "of 9s with at most one 0 before the decimal point, groups of three (',' or G) and D or '.' "
                    + "are translated for MySQL-family targets", "format the number in the application");
            return call;
        }
        return ctx.kind(formatted, ValueKind.STRING);
    }

    private static SqlNode toCharDate(SqlCall call, SqlNode x, String fmt, RuleContext ctx) {
        FormatModel m = FormatModel.translate(fmt, ctx.mysql());
        if (m.problem != null) {
            ctx.unsupported(call.getParserPosition(), "format element " + m.problem,
                    "has no MySQL DATE_FORMAT equivalent", "compute it with a function such as QUARTER()");
            return call;
        }
        if (call.operandCount() == 1) {
            ctx.warn(call.getParserPosition(), "TO_CHAR(date)", "no format given; Oracle's default "
                    + NLS_DATE_FORMAT + " assumed", "write the format explicitly");
        }
        if (ctx.mysql() && fmt.matches("(?s).*(MON|DY|DAY|[Mm]onth|[Mm]on).*")) {
            ctx.warn(call.getParserPosition(), "TO_CHAR month/day names", "MySQL prints names capitalised "
                    + "(Jan) and unpadded; Oracle follows the case of the format and pads MONTH/DAY", null);
        }
        ctx.applied("TO_CHAR(date) format model");
        if (!ctx.mysql()) {
            return ctx.kind(t("TO_CHAR({0}, {1})", x, Nodes.string(m.format)), ValueKind.STRING);
        }
        return ctx.kind(quarterSpliced(x, m.format), ValueKind.STRING);
    }

    /** DATE_FORMAT of the pieces between quarter markers, concatenated with QUARTER(x) in their place. */
    private static SqlNode quarterSpliced(SqlNode x, String format) {
        if (format.indexOf(FormatModel.QUARTER) < 0) {
            return t("DATE_FORMAT({0}, {1})", x, Nodes.string(format));
        }
        List<SqlNode> ops = new ArrayList<>(List.of(x));
        StringBuilder p = new StringBuilder("CONCAT(");
        String[] pieces = format.split(String.valueOf(FormatModel.QUARTER), -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                p.append(p.length() > 7 ? ", " : "").append("QUARTER({0})");
            }
            if (!pieces[i].isEmpty()) {
                ops.add(Nodes.string(pieces[i]));
                p.append(p.length() > 7 ? ", " : "").append("DATE_FORMAT({0}, {").append(ops.size() - 1).append("})");
            }
        }
        return Nodes.tList(p.append(')').toString(), ops);
    }

    private static SqlNode parse(String name, SqlCall call, RuleContext ctx) {
        String fmt = call.operandCount() > 1 ? Nodes.string(call.operand(1)) : null;
        if (fmt == null) {
            ctx.unsupported(call.getParserPosition(), name, "without a literal format it depends on "
                    + "NLS_DATE_FORMAT", "write the format explicitly, e.g. " + name + "(s, 'YYYY-MM-DD')");
            return call;
        }
        FormatModel m = FormatModel.translate(fmt, ctx.mysql());
        if (m.problem != null || m.format.indexOf(FormatModel.QUARTER) >= 0) {
            ctx.unsupported(call.getParserPosition(), "format element " + (m.problem != null ? m.problem : "Q"),
                    "has no STR_TO_DATE equivalent", null);
            return call;
        }
        ctx.applied(name + " format model");
        SqlNode f = Nodes.string(m.format);
        String p;
        if (ctx.mysql()) {
            p = m.hasTime || name.equals("TO_TIMESTAMP") ? "STR_TO_DATE({0}, {1})"
                    : "CAST(STR_TO_DATE({0}, {1}) AS DATETIME)";
        } else {
            p = name.equals("TO_DATE") ? "CAST(TO_TIMESTAMP({0}, {1}) AS TIMESTAMP(0))"
                    : "CAST(TO_TIMESTAMP({0}, {1}) AS TIMESTAMP)";
        }
        return ctx.kind(t(p, call.operand(0), f), ValueKind.DATE);
    }
}
