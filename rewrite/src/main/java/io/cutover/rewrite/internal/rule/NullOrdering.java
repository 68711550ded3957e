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
        return keyed(order, false, null, ctx);
    }

    /**
     * The ORDER BY of a query: positions ({@code ORDER BY 2}) are keyed by the item of selectList they name. A
     * position into {@code *} or into a set operation (selectList null) cannot be, and is reported.
     */
    static SqlNodeList query(SqlNodeList order, SqlNodeList selectList, RuleContext ctx) {
        return keyed(order, true, selectList, ctx);
    }

    private static SqlNodeList keyed(SqlNodeList order, boolean positions, SqlNodeList selectList, RuleContext ctx) {
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
            if (first != mysqlFirst && positions && expr instanceof SqlLiteral) {
                expr = selected(expr, selectList);
                if (expr == null) {
                    ctx.unsupported(base.getParserPosition(), "ORDER BY position", "Oracle's NULL ordering needs the "
                            + "expression at that position", "order by the expression or column name");
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

    /** The select item a literal ORDER BY position names, the literal itself when it is no position, or null. */
    private static SqlNode selected(SqlNode literal, SqlNodeList selectList) {
        Long position = Nodes.integer(literal);
        if (position == null) {
            return literal;
        }
        if (selectList == null || position < 1 || position > selectList.size()) {
            return null;
        }
        SqlNode item = selectList.get((int) (position - 1));
        if (item.getKind() == SqlKind.AS) {
            item = ((SqlCall) item).operand(0);
        }
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
