package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.position.Position;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Live verification against a simulated stream (verify cannot depend on cdc). The "applier" writes the shard
 * rows late and then bumps {@code cutover_position} as cdc's {@code StateSql} does: its DDL, its upsert
 * ({@link ChangeStatements#upsert} over job, table_name, position, source_ms, applied_ms, rows_applied with key
 * (job, table_name)) and the shard row {@code '*'} holding the position's text form. It applies when verify
 * announces the wait, so the first comparison always sees the lag.
 */
@Servers(postgres = 1, mariadb = 2)
class VerifyLiveTest {
    private static final String[] COLUMNS = {"job", "table_name", "position", "source_ms", "applied_ms", "rows_applied"};
    private static final boolean[] KEY = {true, true, false, false, false, false};

    @Test
    void postgresSourceToMariaDbShards(SandboxCluster servers) throws SQLException {
        scenario(new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 300));
    }

    @Test
    void mariaDbSourceToPostgresShards(SandboxCluster servers) throws SQLException {
        scenario(new Fixture(Db.create(servers.mariadb(0), "src"),
                List.of(Db.create(servers.postgres(0), "s0"), Db.create(servers.postgres(0), "s1")), 300));
    }

    private static void scenario(Fixture f) throws SQLException {
        for (Db shard : f.shards) {
            shard.exec("CREATE TABLE IF NOT EXISTS cutover_position (job VARCHAR(128) NOT NULL,"
                    + " table_name VARCHAR(256) NOT NULL, position VARCHAR(512) NOT NULL, source_ms BIGINT NOT NULL,"
                    + " applied_ms BIGINT NOT NULL, rows_applied BIGINT NOT NULL, PRIMARY KEY (job, table_name))");
        }
        applied(f); // the stream has caught up with everything so far
        f.onItem(57, "UPDATE %t SET name = 'broken' WHERE id = 57"); // a real difference on the target
        // changes on the source the stream has not applied yet
        f.source.exec("UPDATE items SET name = 'late' WHERE id = 50", "DELETE FROM items WHERE id = 52",
                "INSERT INTO items (id, name) VALUES (-5, 'new')", "UPDATE items SET name = 'lost' WHERE id = 54");
        AtomicInteger waits = new AtomicInteger();
        VerifyListener stream = new VerifyListener() {
            @Override
            public void waitingForStream(String table, String chunk, Position position, List<String> shards) {
                if (waits.getAndIncrement() == 0) {
                    apply(f); // the update of 54 is lost on the way: a real difference made while streaming
                }
            }
        };
        VerifyResult live = verify(f, Mode.CHECKSUM).maxLag(Duration.ofMinutes(2)).listener(stream).run();
        assertEquals(Set.of("DIFFERENT items id=54", "DIFFERENT items id=57"), found(live));
        assertEquals(3, live.tables().get(0).inFlight(), live.toString());
        assertTrue(waits.get() > 0);

        // a change the stream does not apply within the max lag is reported
        f.source.exec("UPDATE items SET name = 'stuck' WHERE id = 60");
        VerifyResult stuck = verify(f, Mode.ROWS).maxLag(Duration.ofMillis(300)).run();
        assertEquals(Set.of("DIFFERENT items id=54", "DIFFERENT items id=57", "DIFFERENT items id=60"), found(stuck));
        assertEquals(0, stuck.tables().get(0).inFlight());
    }

    private static Verify verify(Fixture f, Mode mode) {
        return Verify.of(f.plan).tables(List.of("items")).mode(mode).rowsPerChunk(100).leafRows(8).restart(true);
    }

    private static void apply(Fixture f) {
        try {
            f.onItem(50, "UPDATE %t SET name = 'late' WHERE id = 50");
            f.onItem(52, "DELETE FROM %t WHERE id = 52");
            PhysicalTable home = f.items.route(-5L);
            f.insert(home, new Object[] {-5L, "new", null, null, null, null, null, null});
            applied(f);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the source's current position as applied on every shard, as the stream's applier does. */
    private static void applied(Fixture f) throws SQLException {
        String position = sourcePosition(f.source).toString();
        for (Db shard : f.shards) {
            ChangeStatements sql = ChangeStatements.of(f.plan.target().dialect());
            try (Connection c = shard.connect();
                 PreparedStatement p = c.prepareStatement(sql.upsert("cutover_position", COLUMNS, KEY, 1))) {
                Object[] row = {f.plan.name(), "*", position, System.currentTimeMillis(), System.currentTimeMillis(), 1L};
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.executeUpdate();
            }
        }
    }

    private static Position sourcePosition(Db source) throws SQLException {
        try (Connection c = source.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(source.mysql() ? "SHOW MASTER STATUS" : "SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            long lsn = source.mysql() ? 0 : Position.lsnValue(rs.getString(1));
            return source.mysql() ? Position.binlog(rs.getString(1), rs.getLong(2), 0, null) : Position.lsn(lsn, lsn, 0);
        }
    }

    private static Set<String> found(VerifyResult result) {
        assertTrue(result.tables().stream().allMatch(t -> t.error() == null), result.toString());
        return result.tables().stream().flatMap(t -> t.samples().stream()).map(d -> d.kind() + " " + d.table() + " "
                + d.key()).collect(Collectors.toCollection(TreeSet::new));
    }
}
