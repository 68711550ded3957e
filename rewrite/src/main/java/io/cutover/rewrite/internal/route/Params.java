package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/** The statement's bind positions inside one piece of it, in the order of their {@code ?} markers. */
final class Params {
    private Params() {
    }

    static List<Integer> of(SqlNode node) {
        List<Integer> out = new ArrayList<>();
        collect(node, out);
        return List.copyOf(out);
    }

    private static void collect(SqlNode node, List<Integer> out) {
        if (node instanceof SqlDynamicParam p) {
            out.add(p.getIndex());
        } else if (node instanceof SqlCall call) {
            for (SqlNode n : call.getOperandList()) {
                if (n != null) {
                    collect(n, out);
                }
            }
        } else if (node instanceof SqlNodeList list) {
            for (SqlNode n : list) {
                collect(n, out);
            }
        }
    }
}
