package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * NULL ordering. Oracle sorts NULLs last ascending and first descending, as PostgreSQL does; MySQL sorts
 * them as the smallest value and has no NULLS FIRST/LAST, so a leading {@code x IS NULL} key restores
 * Oracle's order.
 */
final class NullOrdering {
    private NullOrdering() {
    }

    /** An ORDER BY whose literals are constants (windows, aggregates, generated numbering). */
    static SqlNodeList mysql(SqlNodeList order, RuleContext ctx) {
        return keyed(order, null, ctx);
    }

    /**
     * The ORDER BY of a query: a position ({@code ORDER BY 2}) is keyed by the select item it names, or for a set
     * operation by the column's name. A position into {@code *}, or onto a column the branches name differently,
     * cannot be: a warning says where NULLs go.
     */
    static SqlNodeList query(SqlNodeList order, SqlNode query, RuleContext ctx) {
        return keyed(order, query, ctx);
    }

    /** The order with NULL ordering keys; literals are positions into query when it is given, else constants. */
    private static SqlNodeList keyed(SqlNodeList order, SqlNode query, RuleContext ctx) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode item : order) {
            SqlNode base = item;
            Boolean nullsFirst = null;
            if (base.getKind() == SqlKind.NULLS_FIRST || base.getKind() == SqlKind.NULLS_LAST) {
                nullsFirst = base.getKind() == SqlKind.NULLS_FIRST;
                base = ((SqlCall) base).operand(0);
            }
            boolean desc = base.getKind() == SqlKind.DESCENDING;
            SqlNode expr = desc ? ((SqlCall) base).operand(0) : base;
            boolean first = nullsFirst != null ? nullsFirst : desc;
            boolean mysqlFirst = !desc;
            if (first != mysqlFirst && query != null && expr instanceof SqlLiteral) {
                expr = column(expr, query);
                if (expr == null) {
                    ctx.warn(base.getParserPosition(), "ORDER BY position", "NULLs at this position sort "
                            + (first ? "last" : "first") + " here and " + (first ? "first" : "last") + " in Oracle",
                            "order by a column name (the same in every branch of a set operation)");
                }
            }
            if (first != mysqlFirst && expr != null && !(expr instanceof SqlLiteral)) {
                ctx.applied("NULL ordering");
                SqlNode isNull = t("[0] IS NULL", expr);
                out.add(first ? SqlStdOperatorTable.DESC.createCall(SqlParserPos.ZERO, isNull) : isNull);
            }
            out.add(base);
        }
        return new SqlNodeList(out, order.getParserPosition());
    }

    /** The column a literal ORDER BY position names, the literal itself when it is no position, or null. */
    private static SqlNode column(SqlNode literal, SqlNode query) {
        Long position = Nodes.integer(literal);
        if (position == null) {
            return literal;
        }
        if (query instanceof SqlSelect s) {
            SqlNode item = item(s, position);
            return item == null || item.getKind() != SqlKind.AS ? item : ((SqlCall) item).operand(0);
        }
        return query instanceof SqlCall c && c.getKind().belongsTo(SqlKind.SET_QUERY) ? name(c, position) : null;
    }

    /**
     * The name every branch of a set operation gives the column at position, or null. Every branch, not only the
     * first: routing may drop branches, and the first remaining one names the columns.
     */
    private static SqlIdentifier name(SqlNode branch, long position) {
        if (branch instanceof SqlCall c && c.getKind().belongsTo(SqlKind.SET_QUERY)) {
            SqlIdentifier left = name(c.operand(0), position);
            SqlIdentifier right = name(c.operand(1), position);
            return left != null && right != null && left.names.equals(right.names) ? left : null;
        }
        SqlNode item = branch instanceof SqlSelect s ? item(s, position) : null;
        SqlNode name = item != null && item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(1) : item;
        return name instanceof SqlIdentifier id ? new SqlIdentifier(id.names.get(id.names.size() - 1),
                SqlParserPos.ZERO) : null;
    }

    /** The select item at a 1-based position, or null when there is none or it is {@code *}. */
    private static SqlNode item(SqlSelect s, long position) {
        if (position < 1 || position > s.getSelectList().size()) {
            return null;
        }
        SqlNode item = s.getSelectList().get((int) (position - 1));
        return item instanceof SqlIdentifier id && id.isStar() ? null : item;
    }

    /**
     * A window on a MySQL-family target with Oracle's NULL ordering. A RANGE frame with an offset needs its
     * single ORDER BY key, so a NULL ordering key cannot be added there: that is reported.
     */
    static SqlWindow window(SqlWindow w, RuleContext ctx) {
        SqlNodeList order = w.getOrderList();
        if (order == null || order.isEmpty()) {
            return w;
        }
        SqlNodeList keyed = mysql(order, ctx);
        if (keyed.size() > order.size() && !w.isRows()
                && (offset(w.getLowerBound()) || offset(w.getUpperBound()))) {
            ctx.unsupported(w.getParserPosition(), "RANGE window", "Oracle's NULL ordering needs a second ORDER BY "
                    + "key, which a RANGE frame with an offset does not allow", "order by a key that is never NULL, "
                    + "or use a ROWS frame");
            return w;
        }
        w.setOperand(3, keyed);
        return w;
    }

    private static boolean offset(SqlNode bound) {
        return bound != null && (bound.getKind() == SqlKind.PRECEDING || bound.getKind() == SqlKind.FOLLOWING)
                && !SqlWindow.isUnboundedPreceding(bound) && !SqlWindow.isUnboundedFollowing(bound);
    }

    /** The list with table qualifiers removed from its identifiers. */
    static SqlNodeList unqualify(SqlNodeList order) {
        return (SqlNodeList) order.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                return id.isSimple() ? id : new SqlIdentifier(id.names.get(id.names.size() - 1), SqlParserPos.ZERO);
            }
        });
    }
}
