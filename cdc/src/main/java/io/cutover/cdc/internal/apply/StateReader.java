package io.cutover.cdc.internal.apply;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link StreamStatus} from the {@code cutover_position} rows of every shard. */
public final class StateReader {
    private StateReader() {
    }

    public static StreamStatus read(MigrationPlan plan, Instant now) {
        List<StreamStatus.ShardStatus> shards = new ArrayList<>();
        List<StreamStatus.TableStatus> tables = new ArrayList<>();
        String problems = null;
        for (Endpoint shard : plan.target().shards()) {
            try (HikariDataSource pool = Connections.pool(shard, "status", 1);
                 Connection c = pool.getConnection();
                 PreparedStatement p = c.prepareStatement(StateSql.select())) {
                p.setString(1, plan.name());
                StreamStatus.ShardStatus status = new StreamStatus.ShardStatus(shard.name(), 0, null, null, -1, -1, null);
                List<StreamStatus.TableStatus> onShard = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Instant source = Instant.ofEpochMilli(rs.getLong(3));
                        if (StateSql.SHARD_ROW.equals(rs.getString(1))) {
                            status = new StreamStatus.ShardStatus(shard.name(), rs.getLong(5), rs.getString(2), source,
                                    lag(now, source), -1, null);
                        } else {
                            onShard.add(new StreamStatus.TableStatus(shard.name(), rs.getString(1), rs.getLong(5),
                                    rs.getString(2), source, -1));
                        }
                    }
                }
                for (StreamStatus.TableStatus t : onShard) { // a table's lag is its shard's (see Applier#tableStatus)
                    tables.add(new StreamStatus.TableStatus(t.shard(), t.physicalTable(), t.rowsApplied(), t.position(),
                            t.sourceTime(), status.lagSeconds()));
                }
                shards.add(status);
            } catch (SQLException e) {
                String problem = "unreachable, cannot read the stream position: " + TransientErrors.describe(e);
                shards.add(new StreamStatus.ShardStatus(shard.name(), 0, null, null, -1, -1, problem));
                problems = problems == null ? shard.name() + ": " + problem : problems + "; " + shard.name() + ": " + problem;
            }
        }
        return new StreamStatus(plan.name(), StreamStatus.State.UNKNOWN, problems, shards, tables, List.of());
    }

    private static double lag(Instant now, Instant source) {
        return Math.max(0, (now.toEpochMilli() - source.toEpochMilli()) / 1000.0);
    }
}
