package io.cutover.rewrite.internal.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * Oracle's {@code ''} is NULL, so {@code col = ''}, {@code col <> ''}, {@code col LIKE ''} and {@code ''} in an
 * IN list never match: the comparison is UNKNOWN. The targets compare with an empty string instead, so the
 * literal becomes NULL, which keeps Oracle's result (also under NOT), and the statement gets a warning.
 */
final class EmptyStrings {
    private static final Set<SqlKind> COMPARISONS = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS,
            SqlKind.LESS_THAN, SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL,
            SqlKind.LIKE, SqlKind.IN, SqlKind.NOT_IN);

    private EmptyStrings() {
    }

    /** The comparison with every {@code ''} operand replaced by NULL; the call itself when it has none. */
    static SqlCall compare(SqlCall call, RuleContext ctx) {
        if (!COMPARISONS.contains(call.getKind())) {
            return call;
        }
        boolean found = false;
        for (int i = 0; i < call.operandCount(); i++) {
            SqlNode op = call.operand(i);
            if (empty(op)) {
                call.setOperand(i, SqlLiteral.createNull(op.getParserPosition()));
                found = true;
            } else if (op instanceof SqlNodeList list && list.stream().anyMatch(EmptyStrings::empty)) {
                List<SqlNode> items = new ArrayList<>();
                for (SqlNode n : list) {
                    items.add(empty(n) ? SqlLiteral.createNull(n.getParserPosition()) : n);
                }
                call.setOperand(i, new SqlNodeList(items, list.getParserPosition()));
                found = true;
            }
        }
        if (found) {
            ctx.applied("'' is NULL in comparisons");
            ctx.warn(call.getParserPosition(), "''", "Oracle reads '' as NULL, so this comparison is never true; "
                    + "it compares with NULL on the target too", "write IS NULL or IS NOT NULL if that was meant");
        }
        return call;
    }

    private static boolean empty(SqlNode node) {
        return node instanceof SqlCharStringLiteral s && s.getValueAs(String.class).isEmpty();
    }
}
