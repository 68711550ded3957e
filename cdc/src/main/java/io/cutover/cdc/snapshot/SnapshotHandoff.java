package io.cutover.cdc.snapshot;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Hands a finished {@code cutover snapshot} over to {@code cutover stream}: on the stream's first start the
 * snapshot's offset is seeded into Debezium's offset store, and Debezium copies no data. PostgreSQL uses
 * {@code no_data}; MySQL, MariaDB and Oracle use {@code recovery} once (their schema history is built from the
 * current schema, then streaming starts at the seeded offset), {@code no_data} after. Without a snapshot of
 * the job nothing changes and Debezium takes its own snapshot, as before.
 */
public final class SnapshotHandoff {
    private SnapshotHandoff() {
    }

    /**
     * Adjusts the engine properties of a stream; a {@code snapshot.mode} the user set in the mapping file wins.
     *
     * @throws CutoverException when a snapshot of the job is not finished
     */
    public static void apply(MigrationPlan plan, Properties connector, Map<String, String> userDebezium) {
        try (HikariDataSource first = Connections.pool(plan.target().shards().get(0), "handoff", 1);
             Connection c = first.getConnection()) {
            String state;
            SourcePoint point;
            try (PreparedStatement p = c.prepareStatement(SnapshotSql.selectRun())) {
                p.setString(1, plan.name());
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    state = rs.getString(1);
                    point = SourcePoint.fromJson(rs.getString(2));
                }
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                    return; // no cutover_snapshot table: no snapshot was taken
                }
                throw e;
            }
            if (SnapshotSql.COPYING.equals(state)) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "the snapshot of " + plan.name() + " at " + point
                        + " is not finished; run 'cutover snapshot -f " + plan.file() + "' to finish it, then"
                        + " cutover stream continues from " + point);
            }
            boolean seed = SnapshotSql.FINISHED.equals(state);
            if (seed) {
                OffsetSeeder.seed(connector, point.offset());
                SnapshotState.setRunState(c, plan.name(), SnapshotSql.STREAMING);
            }
            if (!userDebezium.containsKey("snapshot.mode")) {
                boolean postgres = plan.source().type() == SourceType.POSTGRESQL;
                connector.setProperty("snapshot.mode", seed && !postgres ? "recovery" : "no_data");
            }
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the snapshot state of " + plan.name()
                    + " on shard " + plan.target().shards().get(0).name() + ": " + e.getMessage() + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }
}
