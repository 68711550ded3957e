package io.cutover.rewrite.internal.route;

import io.cutover.rewrite.internal.lex.Normalizer;
import io.cutover.rewrite.internal.route.Scope.KeyColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlBetweenOperator;

/**
 * Reads a predicate as a {@link KeyCondition}: equalities, IN lists and ranges on shard key columns through
 * AND and OR. Equalities between two key columns in the predicate's top-level AND go to {@link KeyLinks}.
 */
final class Conditions {
    private final KeyLinks links;

    Conditions(KeyLinks links) {
        this.links = links;
    }

    KeyCondition of(SqlNode predicate, Scope scope, List<String> bindNames) {
        return of(predicate, scope, bindNames, true);
    }

    private KeyCondition of(SqlNode node, Scope scope, List<String> binds, boolean conjunct) {
        if (!(node instanceof SqlCall call)) {
            return KeyCondition.ANY;
        }
        SqlKind kind = call.getKind();
        switch (kind) {
            case AND, OR -> {
                List<KeyCondition> parts = new ArrayList<>();
                for (SqlNode operand : call.getOperandList()) {
                    parts.add(of(operand, scope, binds, conjunct && kind == SqlKind.AND));
                }
                return kind == SqlKind.AND ? new KeyCondition.And(parts) : new KeyCondition.Or(parts);
            }
            case EQUALS -> {
                return equal(call, scope, binds, conjunct);
            }
            case IN -> {
                KeyColumn key = key(call.operand(0), scope);
                if (key == null || !(call.operand(1) instanceof SqlNodeList list)) {
                    return KeyCondition.ANY;
                }
                List<KeyValue> values = new ArrayList<>();
                for (SqlNode n : list) {
                    KeyValue v = KeyValue.of(n, binds);
                    if (v == null) {
                        return KeyCondition.ANY;
                    }
                    values.add(v);
                }
                return new KeyCondition.Equal(key.table(), key.column(), values);
            }
            case BETWEEN -> {
                KeyColumn key = key(call.operand(0), scope);
                if (key == null || ((SqlBetweenOperator) call.getOperator()).isNegated()) {
                    return KeyCondition.ANY;
                }
                return range(key, KeyValue.of(call.operand(1), binds), KeyValue.of(call.operand(2), binds));
            }
            case GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL -> {
                boolean lower = kind == SqlKind.GREATER_THAN || kind == SqlKind.GREATER_THAN_OR_EQUAL;
                KeyColumn key = key(call.operand(0), scope);
                SqlNode other = call.operand(1);
                if (key == null) {
                    key = key(call.operand(1), scope);
                    other = call.operand(0);
                    lower = !lower;
                }
                if (key == null) {
                    return KeyCondition.ANY;
                }
                KeyValue v = KeyValue.of(other, binds);
                return lower ? range(key, v, null) : range(key, null, v);
            }
            default -> {
                return KeyCondition.ANY;
            }
        }
    }

    /** A key equality links tables; with an Oracle {@code (+)} side it is an outer join, never a filter. */
    private KeyCondition equal(SqlCall call, Scope scope, List<String> binds, boolean conjunct) {
        boolean outer = outer(call.operand(0)) || outer(call.operand(1));
        KeyColumn left = key(unmark(call.operand(0)), scope);
        KeyColumn right = key(unmark(call.operand(1)), scope);
        if (left != null && right != null) {
            if (conjunct && left.column() == right.column()) {
                links.equal(left.table(), right.table(), left.column());
            }
            return KeyCondition.ANY;
        }
        if (outer) {
            return KeyCondition.ANY;
        }
        KeyColumn key = left != null ? left : right;
        KeyValue v = key == null ? null : KeyValue.of(call.operand(left != null ? 1 : 0), binds);
        return v == null ? KeyCondition.ANY : new KeyCondition.Equal(key.table(), key.column(), List.of(v));
    }

    /** A range with at least one usable end; an end that is an expression is left open. */
    private static KeyCondition range(KeyColumn key, KeyValue low, KeyValue high) {
        return low == null && high == null ? KeyCondition.ANY
                : new KeyCondition.Range(key.table(), key.column(), low, high);
    }

    private static boolean outer(SqlNode node) {
        return node instanceof SqlCall c && c.getOperator().getName().equals(Normalizer.OUTER);
    }

    private static SqlNode unmark(SqlNode node) {
        return outer(node) ? ((SqlCall) node).operand(0) : node;
    }

    private static KeyColumn key(SqlNode node, Scope scope) {
        return node instanceof SqlIdentifier id ? scope.resolve(id) : null;
    }
}
