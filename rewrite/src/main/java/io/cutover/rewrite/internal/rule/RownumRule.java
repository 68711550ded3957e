package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * ROWNUM in one query block, before the block's identifiers are translated. {@code ROWNUM <= n} becomes
 * a row limit; over an ordered derived table the outer block repeats the derived table's order so the
 * limit picks the same rows as Oracle (MariaDB drops ORDER BY in derived tables). Predicates that are
 * never true in Oracle ({@code ROWNUM > 1}, {@code ROWNUM = 2}) keep returning no rows. ROWNUM in the
 * select list becomes ROW_NUMBER() over the same order.
 */
final class RownumRule {
    private RownumRule() {
    }

    static boolean isRownum(SqlNode n) {
        return n instanceof SqlIdentifier id && id.isSimple() && id.getSimple().equals("ROWNUM");
    }

    /** Applies the rule to s in place; returns whether s now carries a ROWNUM limit. */
    static boolean apply(SqlSelect s, RuleContext ctx) {
        boolean inSelect = contains(s.getSelectList());
        if (!inSelect && !contains(s.getWhere())) {
            return false;
        }
        List<SqlNode> rest = new ArrayList<>();
        SqlNode limit = null;
        boolean empty = false;
        for (SqlNode c : conjuncts(s.getWhere())) {
            Bound b = bound(c);
            if (b == null) {
                if (contains(c)) {
                    ctx.unsupported(c.getParserPosition(), "ROWNUM", "ROWNUM is translated only in "
                            + "top-level AND predicates and the select list", "use FETCH FIRST n ROWS ONLY");
                }
                rest.add(c);
            } else if (b.empty) {
                empty = true;
            } else if (b.limit != null) {
                limit = b.limit;
            }
        }
        if (empty) {
            ctx.applied("ROWNUM predicate that is never true");
            ctx.warn(s.getParserPosition(), "ROWNUM", "this predicate returns no rows in Oracle; kept as 1 = 0", null);
            rest.add(t("1 = 0"));
        }
        s.setWhere(and(rest));
        List<SqlNode> order = derivedOrder(s, ctx);
        if (limit != null) {
            ctx.applied("ROWNUM to row limit");
            s.setFetch(limit);
            if (order != null && s.getGroup() == null) {
                s.setOrderBy(new SqlNodeList(order, SqlParserPos.ZERO));
            } else if (order == null && derived(s) != null) {
                ctx.warn(s.getParserPosition(), "ROWNUM over a derived table", "its ORDER BY could not be "
                        + "repeated outside; the target may pick different rows", "order by plain columns");
            }
        }
        if (inSelect) {
            ctx.applied("ROWNUM to ROW_NUMBER()");
            SqlNode rn = order == null ? t("ROW_NUMBER() OVER ()")
                    : t("ROW_NUMBER() OVER (ORDER BY {0})", numbering(order, ctx));
            List<SqlNode> items = new ArrayList<>();
            for (SqlNode item : s.getSelectList()) {
                items.add(replace(item, rn));
            }
            s.setSelectList(new SqlNodeList(items, s.getSelectList().getParserPosition()));
        }
        return limit != null;
    }

    /** The order ROW_NUMBER() numbers in; on MySQL-family targets with Oracle's NULL ordering. */
    private static SqlNodeList numbering(List<SqlNode> order, RuleContext ctx) {
        SqlNodeList list = new SqlNodeList(order, SqlParserPos.ZERO);
        return ctx.mysql() ? NullOrdering.mysql(list, ctx) : list;
    }

    private record Bound(SqlNode limit, boolean empty) {
    }

    /** The row limit a ROWNUM comparison means, or null if c is not one. */
    private static Bound bound(SqlNode c) {
        if (!(c instanceof SqlCall call) || call.operandCount() != 2) {
            return null;
        }
        SqlKind kind = call.getKind();
        SqlNode value;
        if (isRownum(call.operand(0))) {
            value = call.operand(1);
        } else if (isRownum(call.operand(1))) {
            value = call.operand(0);
            kind = kind.reverse();
        } else {
            return null;
        }
        if (value instanceof SqlDynamicParam && (kind == SqlKind.LESS_THAN_OR_EQUAL)) {
            return new Bound(value, false);
        }
        Long n = Nodes.integer(value);
        if (n == null) {
            return null;
        }
        return switch (kind) {
            case LESS_THAN_OR_EQUAL -> new Bound(Nodes.number(Math.max(n, 0)), false);
            case LESS_THAN -> new Bound(Nodes.number(Math.max(n - 1, 0)), false);
            case EQUALS -> n == 1 ? new Bound(Nodes.number(1), false) : new Bound(null, true);
            case GREATER_THAN -> n < 1 ? new Bound(null, false) : new Bound(null, true);
            case GREATER_THAN_OR_EQUAL -> n <= 1 ? new Bound(null, false) : new Bound(null, true);
            default -> null;
        };
    }

    /** The derived table's ORDER BY as keys over its alias, or null when there is none or it cannot be mapped. */
    private static List<SqlNode> derivedOrder(SqlSelect s, RuleContext ctx) {
        SqlCall as = derived(s);
        if (as == null || !(as.operand(0) instanceof SqlOrderBy ob) || !(ob.query instanceof SqlSelect inner)) {
            return null;
        }
        String alias = ((SqlIdentifier) as.operand(1)).getSimple();
        List<SqlNode> keys = new ArrayList<>();
        for (SqlNode item : ob.orderList) {
            boolean desc = item.getKind() == SqlKind.DESCENDING;
            SqlNode base = desc ? ((SqlCall) item).operand(0) : item;
            String name = outputName(inner, base);
            if (name == null) {
                return null;
            }
            SqlNode key = new SqlIdentifier(List.of(alias, name), SqlParserPos.ZERO);
            keys.add(desc ? SqlStdOperatorTable.DESC.createCall(SqlParserPos.ZERO, key) : key);
        }
        return keys;
    }

    /** The FROM of s when it is one derived table, given an alias if it had none. */
    private static SqlCall derived(SqlSelect s) {
        SqlNode from = s.getFrom();
        if (from instanceof SqlOrderBy || from instanceof SqlSelect) {
            SqlCall as = SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, from,
                    new SqlIdentifier("DT_ROWNUM", SqlParserPos.ZERO));
            s.setFrom(as);
            return as;
        }
        if (from instanceof SqlCall c && c.getKind() == SqlKind.AS && c.operandCount() == 2
                && (c.operand(0) instanceof SqlOrderBy || c.operand(0) instanceof SqlSelect)) {
            return c;
        }
        return null;
    }

    /** The name under which the inner select exposes an order key, or null. */
    private static String outputName(SqlSelect inner, SqlNode key) {
        Long ordinal = Nodes.integer(key);
        if (ordinal != null && ordinal >= 1 && ordinal <= inner.getSelectList().size()) {
            return nameOf(inner.getSelectList().get((int) (long) ordinal - 1));
        }
        if (!(key instanceof SqlIdentifier id)) {
            return null;
        }
        String last = id.names.get(id.names.size() - 1);
        for (SqlNode item : inner.getSelectList()) {
            if (item instanceof SqlIdentifier i && i.isStar()) {
                return last;
            }
            if (item.getKind() == SqlKind.AS) {
                SqlCall as = (SqlCall) item;
                String alias = ((SqlIdentifier) as.operand(1)).getSimple();
                if (alias.equals(last) || as.operand(0).equalsDeep(id, org.apache.calcite.util.Litmus.IGNORE)) {
                    return alias;
                }
            } else if (item instanceof SqlIdentifier i && i.names.get(i.names.size() - 1).equals(last)) {
                return last;
            }
        }
        return null;
    }

    private static String nameOf(SqlNode item) {
        if (item.getKind() == SqlKind.AS) {
            return ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple();
        }
        return item instanceof SqlIdentifier i && !i.isStar() ? i.names.get(i.names.size() - 1) : null;
    }

    private static SqlNode replace(SqlNode item, SqlNode rn) {
        if (isRownum(item)) {
            return SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, rn, new SqlIdentifier("rownum", SqlParserPos.ZERO));
        }
        if (item.getKind() == SqlKind.AS && isRownum(((SqlCall) item).operand(0))) {
            return SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, rn, ((SqlCall) item).operand(1));
        }
        return item;
    }

    static List<SqlNode> conjuncts(SqlNode where) {
        List<SqlNode> out = new ArrayList<>();
        if (where == null) {
            return out;
        }
        if (where.getKind() == SqlKind.AND) {
            for (SqlNode op : ((SqlCall) where).getOperandList()) {
                out.addAll(conjuncts(op));
            }
        } else {
            out.add(where);
        }
        return out;
    }

    static SqlNode and(List<SqlNode> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        SqlNode r = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            r = new SqlBasicCall(SqlStdOperatorTable.AND, new SqlNode[] {r, parts.get(i)}, SqlParserPos.ZERO);
        }
        return r;
    }

    static boolean contains(SqlNode n) {
        if (n == null) {
            return false;
        }
        boolean[] found = {false};
        n.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                found[0] |= isRownum(id);
                return null;
            }

            @Override
            public Void visit(SqlCall call) {
                if (!(call instanceof SqlSelect) && !(call instanceof SqlOrderBy)) {
                    super.visit(call);
                }
                return null;
            }
        });
        return found[0];
    }
}
