package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import io.cutover.mappings.dialect.Dialect;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/** Regular expressions, padding and replace defaults, and sequences. */
final class MiscRules {
    private MiscRules() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("REGEXP_LIKE", (call, ctx) -> {
            ctx.applied("REGEXP_LIKE");
            if (call.operandCount() > 2) {
                ctx.warn(call.getParserPosition(), "REGEXP_LIKE flags", "match flags are not translated", null);
            }
            return t(ctx.mysql() ? "[0] REGEXP [1]" : "[0] ~ [1]", call.operand(0), call.operand(1));
        });
        rules.put("REGEXP_REPLACE", (call, ctx) -> call.operandCount() > 3 ? Regexp.replace(call, ctx)
                : replaceAll(call, ctx));
        rules.put("REGEXP_SUBSTR", (call, ctx) -> call.operandCount() > 2 ? Regexp.substr(call, ctx)
                : simple("REGEXP_SUBSTR", call, ctx));
        rules.put("REGEXP_INSTR", (call, ctx) -> call.operandCount() > 2 ? Regexp.instr(call, ctx)
                : simple("REGEXP_INSTR", call, ctx));
        rules.put("REPLACE", (call, ctx) -> call.operandCount() == 3 ? call
                : tList("REPLACE({0}, {1}, '')", call.getOperandList()));
        rules.put("LPAD", (call, ctx) -> pad("LPAD", call));
        rules.put("RPAD", (call, ctx) -> pad("RPAD", call));
        rules.put("CHR", (call, ctx) -> t(ctx.mysql() ? "CHAR({0} USING utf8mb4)" : "CHR({0})", call.operand(0)));
    }

    private static SqlNode replaceAll(SqlCall call, RuleContext ctx) {
        ctx.applied("REGEXP_REPLACE replaces all matches");
        ctx.warn(call.getParserPosition(), "REGEXP_REPLACE", "back-references and regex dialects differ "
                + "(Oracle POSIX ERE vs PCRE/ICU)", "check patterns that use \\n back-references");
        return tList(ctx.mysql() ? "REGEXP_REPLACE({0}, {1}, {2})" : "REGEXP_REPLACE({0}, {1}, {2}, 'g')",
                call.getOperandList());
    }

    private static SqlNode simple(String name, SqlCall call, RuleContext ctx) {
        ctx.applied(name);
        return tList(name + "({0}, {1})", call.getOperandList());
    }

    /** Neither target knows LPAD/RPAD as Calcite functions, so they are printed by name, never quoted. */
    private static SqlNode pad(String name, SqlCall call) {
        return tList(name + (call.operandCount() == 3 ? "({0}, {1}, {2})" : "({0}, {1}, ' ')"),
                call.getOperandList());
    }

    /**
     * {@code seq.NEXTVAL} / {@code seq.CURRVAL} of a sequence named as in SQL (quoted where needed); null when the
     * target has no sequences.
     */
    static SqlNode sequence(String seq, boolean next, RuleContext ctx) {
        Dialect d = ctx.dialect();
        if (d == Dialect.MYSQL || d == Dialect.OCEANBASE_MYSQL) {
            return null;
        }
        ctx.applied("sequence " + (next ? "NEXTVAL" : "CURRVAL"));
        if (ctx.mysql()) {
            return t((next ? "NEXTVAL(" : "LASTVAL(") + seq + ")");
        }
        return t((next ? "nextval('" : "currval('") + seq.replace("'", "''") + "')");
    }
}
