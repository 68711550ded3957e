package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.HierarchyRow.id;

import io.cutover.rewrite.internal.lex.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * The hierarchical pseudo-columns of the outer query as columns of the recursive CTE: {@code LEVEL},
 * {@code SYS_CONNECT_BY_PATH(e, sep)} and {@code CONNECT_BY_ROOT e}. Each call becomes a column whose
 * expression on a root row and on a child row (given its parent {@code CB_P}) is kept for the CTE.
 */
final class HierarchyColumns extends SqlShuttle {
    /** A CTE column: its value on a root row and on a child row. */
    record Column(String name, SqlNode root, SqlNode child) {
    }

    private final String table;
    private final RuleContext ctx;
    final List<Column> columns = new ArrayList<>();

    HierarchyColumns(String table, RuleContext ctx) {
        this.table = table;
        this.ctx = ctx;
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (id.isSimple() && id.getSimple().equals("LEVEL")) {
            return id(table, "CB_LEVEL");
        }
        if (id.isSimple() && id.getSimple().startsWith("CONNECT_BY_IS")) {
            ctx.unsupported(id.getParserPosition(), id.getSimple(), "not translated", "compute it with EXISTS on "
                    + "the children, or in the application");
        }
        return id;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        boolean path = name.equals("SYS_CONNECT_BY_PATH") && call.operandCount() == 2;
        if (!path && !name.equals(Normalizer.ROOT)) {
            return super.visit(call);
        }
        SqlNode e = call.operand(0);
        if (hasBind(call) || path && Nodes.string(call.operand(1)) == null) {
            ctx.unsupported(call.getParserPosition(), name.equals(Normalizer.ROOT) ? "CONNECT_BY_ROOT" : name,
                    "only columns and expressions without binds, with a literal separator, are translated", null);
            return call;
        }
        HierarchyRow row = HierarchyRow.of(table, id(HierarchyRow.PARENT, "CB_LEVEL"));
        SqlNode value = e.accept(row);
        String column = (path ? "CB_PATH" : "CB_ROOT") + (columns.size() + 1);
        SqlNode parent = id(HierarchyRow.PARENT, column);
        if (path) {
            SqlNode step = Nodes.concat(call.operand(1), value);
            columns.add(new Column(column, ConnectByRule.text(step, ctx),
                    ConnectByRule.text(Nodes.concat(parent, step), ctx)));
            ctx.applied("SYS_CONNECT_BY_PATH");
        } else {
            columns.add(new Column(column, value, parent));
            ctx.applied("CONNECT_BY_ROOT");
        }
        return id(table, column);
    }

    private static boolean hasBind(SqlNode node) {
        boolean[] found = {false};
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                found[0] = true;
                return null;
            }
        });
        return found[0];
    }
}
