package io.cutover.rewrite.internal.rule;

import io.cutover.rewrite.internal.unparse.Template;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Small helpers the rules share for reading literals and building target expressions. */
final class Nodes {
    private Nodes() {
    }

    static SqlCall t(String pattern, SqlNode... operands) {
        return Template.call(pattern, operands);
    }

    static SqlCall tList(String pattern, List<SqlNode> operands) {
        return Template.call(pattern, operands.toArray(new SqlNode[0]));
    }

    /** Oracle's {@code a || b}; the string rules translate it. */
    static SqlNode concat(SqlNode a, SqlNode b) {
        return SqlStdOperatorTable.CONCAT.createCall(SqlParserPos.ZERO, a, b);
    }

    static SqlNode string(String value) {
        return SqlLiteral.createCharString(value, SqlParserPos.ZERO);
    }

    static SqlNode number(long value) {
        return SqlLiteral.createExactNumeric(Long.toString(value), SqlParserPos.ZERO);
    }

    static boolean isNull(SqlNode n) {
        return n instanceof SqlLiteral l && l.getValue() == null && !(n instanceof SqlCharStringLiteral);
    }

    /** The value of an integer literal, or null when the node is not one. */
    static Long integer(SqlNode n) {
        if (n instanceof SqlNumericLiteral l && l.isExact()) {
            BigDecimal v = l.getValueAs(BigDecimal.class);
            if (v.stripTrailingZeros().scale() <= 0) {
                return v.longValueExact();
            }
        }
        if (n instanceof SqlCall c && c.getKind() == org.apache.calcite.sql.SqlKind.MINUS_PREFIX) {
            Long inner = integer(c.operand(0));
            return inner == null ? null : -inner;
        }
        return null;
    }

    /** The value of a string literal, or null when the node is not one. */
    static String string(SqlNode n) {
        return n instanceof SqlCharStringLiteral l ? l.getValueAs(String.class) : null;
    }

    /** {@code {0}, {1}, ...} for operands from..to-1, for variable-arity patterns. */
    static String slots(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? ", " : "").append('{').append(i).append('}');
        }
        return b.toString();
    }
}
