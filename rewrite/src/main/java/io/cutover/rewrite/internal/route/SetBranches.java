package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;

/**
 * The branches of an outermost UNION, UNION ALL, INTERSECT or EXCEPT (nested set operations flattened),
 * each with its key condition and its table mentions, and the operators that combine them.
 */
final class SetBranches {
    /** @param from the first {@link TableUse} id of the branch; {@code to} is one past its last */
    record Branch(KeyCondition cover, int from, int to) {
    }

    final List<Branch> branches = new ArrayList<>();
    /** The operator names, such as {@code UNION ALL} and {@code EXCEPT}. */
    final Set<String> operators = new LinkedHashSet<>();

    /** The set operation under an optional ORDER BY, or null when {@code node} is not one. */
    static SqlCall of(SqlNode node) {
        SqlNode body = node instanceof SqlOrderBy ob ? ob.query : node;
        return isSet(body) ? (SqlCall) body : null;
    }

    /** Calls {@code leaf} for each branch of {@code set}, left to right. */
    static void leaves(SqlCall set, Consumer<SqlNode> leaf) {
        for (SqlNode operand : set.getOperandList()) {
            if (isSet(operand)) {
                leaves((SqlCall) operand, leaf);
            } else {
                leaf.accept(operand);
            }
        }
    }

    /** Records every operator of {@code set}, nested ones included. */
    void operators(SqlCall set) {
        operators.add(set.getOperator().getName());
        for (SqlNode operand : set.getOperandList()) {
            if (isSet(operand)) {
                operators((SqlCall) operand);
            }
        }
    }

    private static boolean isSet(SqlNode node) {
        return node.getKind() == SqlKind.UNION || node.getKind() == SqlKind.INTERSECT
                || node.getKind() == SqlKind.EXCEPT;
    }
}
