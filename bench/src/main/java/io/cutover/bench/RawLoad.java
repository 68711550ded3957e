package io.cutover.bench;

import io.cutover.sandbox.DatabaseServer;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The raw limits: each shard's slice of the dump loaded with {@code LOAD DATA LOCAL INFILE}, the 4 shards in
 * parallel on connections opened beforehand; and the whole dump into PostgreSQL with one {@code COPY FROM STDIN}.
 * Each returns the seconds the loading took.
 */
final class RawLoad {
    private RawLoad() {
    }

    static double loadData(SnapshotRig rig, SnapshotTable table, Dump dump) throws Exception {
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SnapshotRig.SHARDS);
        try {
            for (int s = 0; s < SnapshotRig.SHARDS; s++) {
                DatabaseServer server = rig.shardServer(s);
                connections.add(DriverManager.getConnection(server.jdbcUrl(SnapshotRig.shard(s))
                        + "?allowLocalInfile=true", server.username(), server.password()));
            }
            long start = System.nanoTime();
            List<Future<Long>> loads = new ArrayList<>();
            for (int s = 0; s < SnapshotRig.SHARDS; s++) {
                String sql = "LOAD DATA LOCAL INFILE '" + dump.shardFiles().get(s) + "' INTO TABLE " + table.name()
                        + " CHARACTER SET utf8mb4";
                Connection c = connections.get(s);
                loads.add(pool.submit(() -> {
                    try (Statement st = c.createStatement()) {
                        return st.executeLargeUpdate(sql);
                    }
                }));
            }
            for (Future<Long> load : loads) {
                load.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    static double copy(SnapshotRig rig, SnapshotTable table, Dump dump) throws Exception {
        DatabaseServer pg = rig.postgres;
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(SnapshotRig.PG_TARGET), pg.username(), pg.password());
             Reader in = Files.newBufferedReader(dump.whole(), StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            new CopyManager(c.unwrap(BaseConnection.class)).copyIn("COPY " + table.name() + " FROM STDIN", in);
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
