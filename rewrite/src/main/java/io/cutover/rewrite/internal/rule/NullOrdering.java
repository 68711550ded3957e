package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
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

    static SqlNodeList mysql(SqlNodeList order, RuleContext ctx) {
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
            if (first != mysqlFirst && !(expr instanceof org.apache.calcite.sql.SqlLiteral)) {
                ctx.applied("NULL ordering");
                SqlNode isNull = t("[0] IS NULL", expr);
                out.add(first ? SqlStdOperatorTable.DESC.createCall(SqlParserPos.ZERO, isNull) : isNull);
            }
            out.add(base);
        }
        return new SqlNodeList(out, order.getParserPosition());
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
