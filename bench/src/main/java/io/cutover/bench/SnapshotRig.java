package io.cutover.bench;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot benchmark's servers: the MariaDB source (database {@code src}) on MariaDB 0; 4 MariaDB shards,
 * 2 databases on each of MariaDB 1 and 2; the stream's state databases on MariaDB 3 (not on the source: Debezium's
 * snapshot holds a global read lock there while it writes its schema history); one PostgreSQL target database.
 * Builds the mapping files of the contenders and empties and checks the targets.
 */
final class SnapshotRig {
    static final String SOURCE = "src";
    static final String STATE = "state";
    static final String PG_TARGET = "pgtarget";
    static final int SHARDS = 4;

    final SandboxCluster servers;
    final DatabaseServer source;
    final DatabaseServer state;
    final DatabaseServer postgres;

    SnapshotRig(SandboxCluster servers) throws SQLException {
        this.servers = servers;
        this.source = servers.mariadb(0);
        this.state = servers.mariadb(3);
        this.postgres = servers.postgres(0);
        Targets.create(source, SOURCE);
        Targets.create(state, STATE);
        for (int s = 0; s < SHARDS; s++) {
            Targets.create(shardServer(s), shard(s));
        }
        Targets.create(postgres, PG_TARGET);
    }

    /** CPU seconds of the JVM, the source, the shard servers, the stream's state server and PostgreSQL. */
    CpuUse cpuUse() {
        Map<String, DatabaseServer[]> groups = new LinkedHashMap<>();
        groups.put("source", new DatabaseServer[] {source});
        groups.put("shard servers", new DatabaseServer[] {shardServer(0), shardServer(SHARDS - 1)});
        groups.put("state", new DatabaseServer[] {state});
        groups.put("PostgreSQL", new DatabaseServer[] {postgres});
        return new CpuUse(groups);
    }

    DatabaseServer shardServer(int s) {
        return servers.mariadb(1 + s / 2);
    }

    static String shard(int s) {
        return "shard" + s;
    }

    /** Generates the table's rows on the source and creates it, empty, on every target. */
    void create(SnapshotTable table, int rows) throws SQLException {
        Targets.exec(source, SOURCE, table.createMariadb(), table.insertRows(rows));
        for (int s = 0; s < SHARDS; s++) {
            Targets.exec(shardServer(s), shard(s), table.createMariadb());
        }
        Targets.exec(postgres, PG_TARGET, table.createPostgres());
    }

    Fingerprint sourceFingerprint(SnapshotTable table) throws SQLException {
        return Fingerprint.read(source, SOURCE, table, true);
    }

    void emptyShards(SnapshotTable table) throws SQLException {
        for (int s = 0; s < SHARDS; s++) {
            Targets.exec(shardServer(s), shard(s), "TRUNCATE TABLE " + table.name());
        }
    }

    void emptyPostgres(SnapshotTable table) throws SQLException {
        Targets.exec(postgres, PG_TARGET, "TRUNCATE TABLE " + table.name());
    }

    long shardRows(SnapshotTable table) throws SQLException {
        long rows = 0;
        for (int s = 0; s < SHARDS; s++) {
            rows += Targets.count(shardServer(s), shard(s), table.name());
        }
        return rows;
    }

    /** One fingerprint per shard, in shard order. */
    List<Fingerprint> shardFingerprints(SnapshotTable table) throws SQLException {
        List<Fingerprint> out = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            out.add(Fingerprint.read(shardServer(s), shard(s), table, true));
        }
        return out;
    }

    Fingerprint postgresFingerprint(SnapshotTable table) throws SQLException {
        return Fingerprint.read(postgres, PG_TARGET, table, false);
    }

    /** The table from the source into the 4 MariaDB shards; {@code job} names the job (and its stored state). */
    MigrationPlan shardPlan(String job, SnapshotTable table, String stateDatabase) {
        StringBuilder shards = new StringBuilder();
        for (int s = 0; s < SHARDS; s++) {
            shards.append(shardYaml("s" + s, shardServer(s).jdbcUrl(shard(s))));
        }
        return plan(job, "mariadb", shards.toString(), "{ source: " + table.name() + ", shard-by: " + table.shardBy()
                + " }", stateDatabase);
    }

    /** The table from the source whole into the PostgreSQL target. */
    MigrationPlan postgresPlan(String job, SnapshotTable table) {
        return plan(job, "postgresql", shardYaml("pg", postgres.jdbcUrl(PG_TARGET)), "{ source: " + table.name()
                + ", shard: pg }", STATE);
    }

    private MigrationPlan plan(String job, String dialect, String shards, String table, String stateDatabase) {
        String yaml = "name: " + job + "\nsource: { type: mariadb, jdbc-url: \"" + source.jdbcUrl(SOURCE)
                + "\", username: cutover, password: cutover, schema: " + SOURCE + " }\n"
                + "target:\n  dialect: " + dialect + "\n  shards:\n" + shards
                + "tables: [ " + table + " ]\n"
                + "stream:\n  state: { jdbc-url: \"" + state.jdbcUrl(stateDatabase)
                + "\", username: cutover, password: cutover }\n";
        return PlanLoader.load(job + ".yaml", yaml, Path.of("."), k -> null);
    }

    private static String shardYaml(String name, String url) {
        return "    - { name: " + name + ", jdbc-url: \"" + url + "\", username: cutover, password: cutover }\n";
    }
}
