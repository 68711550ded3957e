package io.cutover.cdc.internal.apply;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cdc.kafka.SinkStatus;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Builds a {@link SinkStatus} from the shard rows of the jobs {@code <plan>@<topic>/<partition>} on every shard. */
public final class SinkStateReader {
    // the sink has not written to this shard yet: PostgreSQL, MySQL/MariaDB
    private static final Set<String> NO_TABLE = Set.of("42P01", "42S02");
    private static final Comparator<SinkStatus.Partition> ORDER =
            Comparator.comparing(SinkStatus.Partition::topic).thenComparingInt(SinkStatus.Partition::partition);

    private SinkStateReader() {
    }

    public static SinkStatus read(MigrationPlan plan, Instant now) {
        String prefix = plan.name() + "@";
        List<SinkStatus.Shard> shards = new ArrayList<>();
        for (Endpoint shard : plan.target().shards()) {
            List<SinkStatus.Partition> partitions = new ArrayList<>();
            try (HikariDataSource pool = Connections.pool(shard, "status", 1);
                 Connection c = pool.getConnection();
                 PreparedStatement p = c.prepareStatement(StateSql.selectShardRowsLike())) {
                p.setString(1, StateSql.startsWith(prefix));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        partitions.add(partition(rs.getString(1).substring(prefix.length()), rs.getString(2),
                                rs.getLong(3), rs.getLong(4), now));
                    }
                }
                partitions.sort(ORDER);
                shards.add(new SinkStatus.Shard(shard.name(), partitions, null));
            } catch (SQLException e) {
                shards.add(NO_TABLE.contains(e.getSQLState()) ? new SinkStatus.Shard(shard.name(), List.of(), null)
                        : new SinkStatus.Shard(shard.name(), List.of(),
                        "unreachable, cannot read the sink's positions: " + TransientErrors.describe(e)));
            }
        }
        return new SinkStatus(plan.name(), shards);
    }

    /** {@code topicPartition} is {@code <topic>/<partition>}, as {@code RecordApplier.job} writes it. */
    private static SinkStatus.Partition partition(String topicPartition, String position, long sourceMs, long rows,
                                                  Instant now) {
        int slash = topicPartition.lastIndexOf('/');
        double lag = Math.max(0, (now.toEpochMilli() - sourceMs) / 1000.0);
        return new SinkStatus.Partition(topicPartition.substring(0, slash),
                Integer.parseInt(topicPartition.substring(slash + 1)), rows, position, Instant.ofEpochMilli(sourceMs), lag);
    }
}
