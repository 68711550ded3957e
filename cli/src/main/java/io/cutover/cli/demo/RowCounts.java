package io.cutover.cli.demo;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Rows per mapped table on the source and on the target, counted with {@code COUNT(*)} on every physical table. */
final class RowCounts {
    /**
     * @param source rows in the source table
     * @param target rows on the target: the sum over the physical tables; for a broadcast table, its smallest copy
     * @param copies rows of each shard's copy of a broadcast table; empty for other tables
     */
    record TableCount(String table, long source, long target, List<Long> copies) {
        boolean equal() {
            return source == target && copies.stream().allMatch(c -> c == source);
        }
    }

    private RowCounts() {
    }

    static List<TableCount> count(DemoContext context) throws SQLException {
        MigrationPlan plan = context.plan();
        ShardRouter router = ShardRouter.of(plan);
        ChangeStatements shardSql = ChangeStatements.of(plan.target().dialect());
        List<TableCount> counts = new ArrayList<>();
        for (TableMapping t : plan.tables()) {
            if (t.placement() == Placement.EXCLUDED) {
                continue;
            }
            long source = count(context.sourcePool(), "\"" + t.source() + "\"");
            List<Long> perTable = new ArrayList<>();
            for (PhysicalTable p : router.table(t.source()).all()) {
                perTable.add(count(context.shardPool(p.shardName()), shardSql.quote(p.tableName())));
            }
            boolean broadcast = t.placement() == Placement.BROADCAST;
            long target = broadcast ? perTable.stream().mapToLong(Long::longValue).min().orElse(0)
                    : perTable.stream().mapToLong(Long::longValue).sum();
            counts.add(new TableCount(t.source(), source, target, broadcast ? perTable : List.of()));
        }
        return counts;
    }

    static boolean allEqual(List<TableCount> counts) {
        return counts.stream().allMatch(TableCount::equal);
    }

    static long sourceTotal(List<TableCount> counts) {
        return counts.stream().mapToLong(TableCount::source).sum();
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
