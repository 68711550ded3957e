package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.integer;
import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import io.cutover.rewrite.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/** Concatenation with Oracle's NULL rule, SUBSTR and LENGTH with Oracle's position rules. */
final class StringRules {
    private StringRules() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("SUBSTR", StringRules::substr);
        rules.put("INSTR", Instr::apply);
        rules.put("LENGTH", (call, ctx) -> t(ctx.mysql() ? "CHAR_LENGTH({0})" : "LENGTH({0})", call.operand(0)));
        rules.put("LENGTHB", (call, ctx) -> t(ctx.mysql() ? "LENGTH({0})" : "OCTET_LENGTH({0})", call.operand(0)));
    }

    /**
     * {@code a || b} and {@code CONCAT(a, b)}: Oracle skips NULL operands and returns NULL only when the
     * result is empty. CONCAT_WS('', ...) (MySQL) and CONCAT(...) (PostgreSQL) skip NULLs; NULLIF restores
     * the empty-is-NULL result unless a non-empty literal makes it impossible.
     */
    static SqlNode concat(List<SqlNode> parts, RuleContext ctx) {
        boolean neverEmpty = false;
        for (SqlNode p : parts) {
            String s = Nodes.string(p);
            neverEmpty |= s != null && !s.isEmpty();
        }
        String call = (ctx.mysql() ? "CONCAT_WS('', " : "CONCAT(") + Nodes.slots(0, parts.size()) + ")";
        ctx.applied("|| with Oracle NULL semantics");
        return ctx.kind(tList(neverEmpty ? call : "NULLIF(" + call + ", '')", parts), ValueKind.STRING);
    }

    /** SUBSTR: position 0 means 1; a negative position counts from the end (PostgreSQL does not). */
    private static SqlNode substr(SqlCall call, RuleContext ctx) {
        List<SqlNode> ops = new ArrayList<>(call.getOperandList());
        Long pos = integer(ops.get(1));
        String len = ops.size() > 2 ? ", {2}" : "";
        ctx.applied("SUBSTR positions");
        if (pos != null && pos == 0) {
            ops.set(1, Nodes.number(1));
            pos = 1L;
        }
        if (ctx.mysql()) {
            String p = pos != null ? "{1}" : "IF([1] = 0, 1, {1})";
            return ctx.kind(tList("SUBSTRING({0}, " + p + len + ")", ops), ValueKind.STRING);
        }
        if (ops.size() > 2 && integer(ops.get(2)) == null) {
            len = ", GREATEST({2}, 0)";
        }
        if (pos != null && pos > 0) {
            return ctx.kind(tList("SUBSTR({0}, {1}" + len + ")", ops), ValueKind.STRING);
        }
        if (pos != null) {
            return ctx.kind(tList("CASE WHEN CHAR_LENGTH({0}) >= " + -pos + " THEN SUBSTR({0}, CHAR_LENGTH({0}) - "
                    + (-pos - 1) + len + ") END", ops), ValueKind.STRING);
        }
        return ctx.kind(tList("SUBSTR({0}, CASE WHEN [1] > 0 THEN {1} WHEN [1] = 0 THEN 1 ELSE CHAR_LENGTH({0}) + [1] + 1 END"
                + len + ")", ops), ValueKind.STRING);
    }
}
