package io.cutover.rewrite.internal.route;

import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.rewrite.Routing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Shard routing of statements for one migration plan, through the plan's {@link ShardRouter}. Use per
 * statement: {@link #scan} the parsed statement before the rewrite rules, then {@link Scan#cutRows},
 * {@link Scan#readBranches} and {@link Scan#finish} with the rewritten statement and its text.
 */
public final class StatementRouter {
    private final MigrationPlan plan;
    private final ShardRouter router;
    private final Identifiers identifiers;
    private final List<String> shards;

    public StatementRouter(MigrationPlan plan) {
        this.plan = plan;
        this.router = ShardRouter.of(plan);
        this.identifiers = Identifiers.of(plan.target().dialect());
        this.shards = plan.target().shards().stream().map(Endpoint::name).toList();
    }

    /** Replaces the mapped table names of {@code parsed} with markers and reads its key predicates. */
    public Scan scan(SqlNode parsed, List<String> binds) {
        StatementScan scan = new StatementScan(router, plan, binds);
        scan.statement(parsed);
        return new Scan(scan, SqlKind.DML.contains(parsed.getKind()), binds.size());
    }

    /** One statement between scan and finish. */
    public final class Scan {
        private final StatementScan scan;
        private final boolean write;
        private final int bindCount;
        private final List<String> rowTexts = new ArrayList<>();
        private final List<String> branchTexts = new ArrayList<>();
        private final List<List<Integer>> branchParams = new ArrayList<>();

        private Scan(StatementScan scan, boolean write, int bindCount) {
            this.scan = scan;
            this.write = write;
            this.bindCount = bindCount;
        }

        /**
         * For an INSERT whose rows are routed one by one: keeps each rewritten VALUES row's text and puts one
         * marker in place of the rows. Returns the statement to unparse.
         */
        public SqlNode cutRows(SqlNode rewritten, Function<SqlNode, String> unparse) {
            if (scan.rows == null) {
                return rewritten;
            }
            SqlInsert insert = (SqlInsert) rewritten;
            for (SqlNode row : ((SqlCall) insert.getSource()).getOperandList()) {
                List<String> values = new ArrayList<>();
                for (SqlNode v : ((SqlCall) row).getOperandList()) {
                    values.add(unparse.apply(v));
                }
                rowTexts.add("(" + String.join(", ", values) + ")");
            }
            SqlParserPos pos = insert.getSource().getParserPosition();
            insert.setOperand(2, SqlStdOperatorTable.VALUES.createCall(pos,
                    SqlStdOperatorTable.ROW.createCall(pos, SqlTemplate.rowsMarker(pos))));
            return insert;
        }

        /** For an outermost set operation: keeps each rewritten branch's text and binds, to run branches apart. */
        public void readBranches(SqlNode rewritten, Function<SqlNode, String> unparse) {
            SqlCall set = scan.branches == null ? null : SetBranches.of(rewritten);
            if (set != null) {
                SetBranches.leaves(set, leaf -> {
                    branchTexts.add(unparse.apply(leaf));
                    branchParams.add(Params.of(leaf));
                });
            }
        }

        /** The routing of the statement whose final text (with markers) is {@code sql}. */
        public Routing finish(String sql) {
            BranchText branches = scan.branches == null || branchTexts.size() != scan.branches.branches.size() ? null
                    : BranchText.cut(sql, branchTexts, branchParams, bindCount);
            return new StatementRouting(scan, new SqlTemplate(sql), List.copyOf(rowTexts), branches, identifiers,
                    shards, write, bindCount);
        }

        /** The statement text with the logical target table names. */
        public String logicalSql(Routing routing) {
            return ((StatementRouting) routing).logicalSql();
        }
    }
}
