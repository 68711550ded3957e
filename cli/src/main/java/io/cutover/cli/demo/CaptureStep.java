package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the source log what the stream needs: an update of a table sharded by a column outside its primary key
 * must carry the old shard key, or the stream cannot tell which shard held the row. On PostgreSQL that is
 * {@code REPLICA IDENTITY FULL}; on Oracle, supplemental logging of the shard key columns.
 */
final class CaptureStep implements DemoStep {
    @Override
    public String name() {
        return "capture";
    }

    @Override
    public StepResult run(DemoContext context) throws SQLException {
        MigrationPlan plan = context.plan();
        List<String> altered = new ArrayList<>();
        try (Connection c = context.sourcePool().getConnection(); Statement s = c.createStatement()) {
            for (TableMapping t : plan.tables()) {
                if (t.placement() == Placement.SHARDED
                        && !primaryKey(c, plan.source().schema(), t.source()).containsAll(t.shardBy().columns())) {
                    s.execute("ALTER TABLE \"" + t.source() + "\" REPLICA IDENTITY FULL");
                    altered.add(t.source());
                }
            }
        }
        String line = altered.isEmpty() ? "every shard key is in its table's primary key: nothing to log in addition"
                : "REPLICA IDENTITY FULL on " + String.join(", ", altered) + ": their shard key is not in the primary"
                        + " key, so updates must log the old row (on Oracle: supplemental logging of those columns)";
        return StepResult.ok(line, figures("fullRowLogging", altered));
    }

    private static Set<String> primaryKey(Connection c, String schema, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
