package io.cutover.rewrite.internal.rule;

import io.cutover.rewrite.internal.lex.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Oracle's {@code (+)} outer joins in one query block, before its identifiers are translated. Every
 * top-level AND predicate with {@code (+)} columns of table B (join columns of several columns, constant
 * filters such as {@code b.status(+) = 'X'}) goes into the ON of {@code LEFT JOIN B}; the other FROM tables
 * are kept in order as CROSS JOINs with the rest of WHERE. With two tables where the optional one comes
 * first, RIGHT JOIN keeps the column order of {@code SELECT *}.
 */
final class OuterJoinRule {
    private OuterJoinRule() {
    }

    static void apply(SqlSelect s, RuleContext ctx) {
        if (!hasMarker(s.getWhere())) {
            return;
        }
        Map<String, SqlNode> tables = new LinkedHashMap<>();
        if (!flatten(s.getFrom(), tables)) {
            ctx.unsupported(s.getWhere().getParserPosition(), "(+)", "(+) in a FROM clause that also has ANSI "
                    + "joins or unnamed derived tables", "write every join of the query block as an ANSI join");
            return;
        }
        Map<String, List<SqlNode>> on = new LinkedHashMap<>();
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        List<SqlNode> rest = new ArrayList<>();
        for (SqlNode c : RownumRule.conjuncts(s.getWhere())) {
            if (!hasMarker(c)) {
                rest.add(c);
                continue;
            }
            if (c.getKind() == SqlKind.OR || c.getKind() == SqlKind.NOT) {
                ctx.unsupported(c.getParserPosition(), "(+)", "Oracle rejects (+) under OR (ORA-01719)",
                        "check the statement in Oracle");
                return;
            }
            Set<String> optional = new LinkedHashSet<>();
            Set<String> other = new LinkedHashSet<>();
            if (!columns(c, false, optional, other) || optional.size() != 1 || !tables.keySet().containsAll(optional)
                    || !tables.keySet().containsAll(other)) {
                ctx.unsupported(c.getParserPosition(), "(+)", "(+) columns must be qualified by one table of the "
                        + "same FROM, and every other column by a table of that FROM", "qualify the columns");
                return;
            }
            String b = optional.iterator().next();
            other.remove(b);
            on.computeIfAbsent(b, k -> new ArrayList<>()).add(unmark(c));
            needs.computeIfAbsent(b, k -> new LinkedHashSet<>()).addAll(other);
        }
        List<String> order = new ArrayList<>();
        for (String t : tables.keySet()) {
            if (!on.containsKey(t)) {
                order.add(t);
            }
        }
        while (order.size() < tables.size()) {
            String next = on.keySet().stream().filter(b -> !order.contains(b) && order.containsAll(needs.get(b)))
                    .findFirst().orElse(null);
            if (next == null) {
                ctx.unsupported(s.getWhere().getParserPosition(), "(+)", "the (+) joins form a cycle",
                        "write the joins as ANSI joins");
                return;
            }
            order.add(next);
        }
        List<String> original = new ArrayList<>(tables.keySet());
        SqlParserPos pos = s.getFrom().getParserPosition();
        SqlNode from;
        if (!order.equals(original) && original.size() == 2) {
            String b = original.get(0);
            from = join(tables.get(b), JoinType.RIGHT, tables.get(original.get(1)), RownumRule.and(on.get(b)), pos);
        } else {
            if (!order.equals(original) && selectsStar(s)) {
                ctx.unsupported(s.getWhere().getParserPosition(), "(+)", "SELECT * over (+) joins whose optional "
                        + "tables come first would change the column order", "list the columns");
                return;
            }
            from = tables.get(order.get(0));
            for (String t : order.subList(1, order.size())) {
                from = on.containsKey(t) ? join(from, JoinType.LEFT, tables.get(t), RownumRule.and(on.get(t)), pos)
                        : join(from, JoinType.CROSS, tables.get(t), null, pos);
            }
        }
        s.setFrom(from);
        s.setWhere(rest.isEmpty() ? null : RownumRule.and(rest));
    }

    private static SqlJoin join(SqlNode left, JoinType type, SqlNode right, SqlNode condition, SqlParserPos pos) {
        return new SqlJoin(pos, left, SqlLiteral.createBoolean(false, pos), type.symbol(pos), right,
                condition == null ? JoinConditionType.NONE.symbol(pos) : JoinConditionType.ON.symbol(pos), condition);
    }

    /** The comma-joined tables of a FROM by alias (upper case as parsed); false if it has anything else. */
    private static boolean flatten(SqlNode from, Map<String, SqlNode> out) {
        if (from instanceof SqlJoin j) {
            return j.getJoinType() == JoinType.COMMA && flatten(j.getLeft(), out) && flatten(j.getRight(), out);
        }
        if (from instanceof SqlIdentifier id) {
            return out.put(id.names.get(id.names.size() - 1), from) == null;
        }
        if (from != null && from.getKind() == SqlKind.AS) {
            return out.put(((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple(), from) == null;
        }
        return false;
    }

    /** Collects the table qualifiers of marked and other columns; false for an unqualified column. */
    private static boolean columns(SqlNode n, boolean marked, Set<String> optional, Set<String> other) {
        if (n instanceof SqlIdentifier id) {
            if (id.names.size() < 2) {
                return false;
            }
            (marked ? optional : other).add(id.names.get(id.names.size() - 2));
            return true;
        }
        if (n instanceof SqlSelect) {
            return false;
        }
        if (n instanceof SqlCall call) {
            boolean m = marked || isMarker(call);
            for (SqlNode op : call.getOperandList()) {
                if (op != null && !columns(op, m, optional, other)) {
                    return false;
                }
            }
        } else if (n instanceof SqlNodeList list) {
            for (SqlNode op : list) {
                if (!columns(op, marked, optional, other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The predicate without its (+) markers (in place). */
    private static SqlNode unmark(SqlNode n) {
        if (n instanceof SqlCall call) {
            if (isMarker(call)) {
                return call.operand(0);
            }
            for (int i = 0; i < call.operandCount(); i++) {
                if (call.operand(i) != null) {
                    call.setOperand(i, unmark(call.operand(i)));
                }
            }
        }
        return n;
    }

    private static boolean hasMarker(SqlNode n) {
        if (n instanceof SqlCall call && !(n instanceof SqlSelect)) {
            if (isMarker(call)) {
                return true;
            }
            for (SqlNode op : call.getOperandList()) {
                if (hasMarker(op)) {
                    return true;
                }
            }
        }
        return n instanceof SqlNodeList list && list.stream().anyMatch(OuterJoinRule::hasMarker);
    }

    private static boolean isMarker(SqlCall call) {
        return call.getOperator().getName().equalsIgnoreCase(Normalizer.OUTER);
    }

    private static boolean selectsStar(SqlSelect s) {
        return s.getSelectList().stream().anyMatch(n -> n instanceof SqlIdentifier id && id.isStar());
    }
}
