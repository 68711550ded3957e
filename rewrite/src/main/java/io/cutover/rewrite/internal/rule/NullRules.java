package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.isNull;
import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;

/** NVL, NVL2, DECODE (where NULL matches NULL), GREATEST and LEAST (NULL if any argument is NULL). */
final class NullRules {
    private NullRules() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("NVL", (call, ctx) -> {
            ctx.applied("NVL to COALESCE");
            return ctx.kind(tList("COALESCE({0}, {1})", call.getOperandList()), ctx.kindOf(call.operand(0)));
        });
        rules.put("NVL2", (call, ctx) -> {
            ctx.applied("NVL2 to CASE");
            return tList("CASE WHEN [0] IS NOT NULL THEN {1} ELSE {2} END", call.getOperandList());
        });
        rules.put("DECODE", NullRules::decode);
        rules.put("GREATEST", (call, ctx) -> greatestLeast("GREATEST", call, ctx));
        rules.put("LEAST", (call, ctx) -> greatestLeast("LEAST", call, ctx));
    }

    private static SqlNode decode(SqlCall call, RuleContext ctx) {
        List<SqlNode> ops = call.getOperandList();
        StringBuilder p = new StringBuilder("CASE");
        int i = 1;
        for (; i + 1 < ops.size(); i += 2) {
            SqlNode search = ops.get(i);
            String test;
            if (isNull(search)) {
                test = "[0] IS NULL";
            } else if (search instanceof SqlLiteral) {
                test = "[0] = {" + i + "}";
            } else {
                test = ctx.mysql() ? "[0] <=> [" + i + "]" : "[0] IS NOT DISTINCT FROM [" + i + "]";
            }
            p.append(" WHEN ").append(test).append(" THEN {").append(i + 1).append('}');
        }
        if (i < ops.size()) {
            p.append(" ELSE {").append(i).append('}');
        }
        ctx.applied("DECODE to CASE");
        return tList(p.append(" END").toString(), ops);
    }

    /** MySQL and PostgreSQL differ: PostgreSQL ignores NULLs, Oracle and MySQL return NULL. */
    private static SqlNode greatestLeast(String name, SqlCall call, RuleContext ctx) {
        int n = call.operandCount();
        String args = Nodes.slots(0, n);
        if (ctx.mysql()) {
            return tList(name + "(" + args + ")", call.getOperandList());
        }
        StringBuilder p = new StringBuilder("CASE WHEN ");
        for (int i = 0; i < n; i++) {
            p.append(i > 0 ? " OR " : "").append('[').append(i).append("] IS NULL");
        }
        ctx.applied(name + " with Oracle NULL rule");
        return tList(p.append(" THEN NULL ELSE ").append(name).append('(').append(args).append(") END").toString(),
                call.getOperandList());
    }
}
