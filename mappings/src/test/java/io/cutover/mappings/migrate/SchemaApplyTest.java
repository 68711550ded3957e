package io.cutover.mappings.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.migrate.ShardOutcome.Status;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Servers(postgres = 1, mariadb = 2)
class SchemaApplyTest {

    @Test
    void migratesEveryShardOnceAndIsIdempotent(SandboxCluster servers, @TempDir Path dir) throws Exception {
        String db = "apply_ok";
        MigrationPlan plan = mariadbPlan(servers, db, dir);
        write(dir, "s0", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS orders_0 (id BIGINT PRIMARY KEY);");
        write(dir, "s1", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS orders_1 (id BIGINT PRIMARY KEY);");

        List<ShardOutcome> first = SchemaApply.of(plan, dir).run();
        assertEquals(List.of(Status.MIGRATED, Status.MIGRATED), statuses(first));
        assertEquals("1", first.get(0).version());
        assertTrue(tableExists(servers.mariadb(0), db, "orders_0"));
        assertTrue(tableExists(servers.mariadb(1), db, "orders_1"));

        List<ShardOutcome> second = SchemaApply.of(plan, dir).run();
        assertEquals(List.of(Status.UP_TO_DATE, Status.UP_TO_DATE), statuses(second));
        assertEquals(0, second.get(1).applied());
    }

    @Test
    void failingShardIsNamedOthersMigrateAndARerunContinues(SandboxCluster servers, @TempDir Path dir) throws Exception {
        String db = "apply_fail";
        MigrationPlan plan = mariadbPlan(servers, db, dir);
        write(dir, "s0", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY);");
        write(dir, "s1", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY);\n"
                + "CREATE TABLE IF NOT EXISTS u (id INT PRIMARY KEY);\nCREATE TABLE broken (id NUMBERR);");

        List<ShardOutcome> first = SchemaApply.of(plan, dir).run();
        assertEquals(List.of(Status.MIGRATED, Status.FAILED), statuses(first));
        String error = first.get(1).error();
        assertTrue(error.contains("s1/V1__schema.sql") && error.contains("Unknown data type: 'NUMBERR'")
                && error.contains("Line: 3"), error);
        assertTrue(tableExists(servers.mariadb(1), db, "u"), "MariaDB DDL is not transactional: u stays");

        write(dir, "s1", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY);\n"
                + "CREATE TABLE IF NOT EXISTS u (id INT PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS fixed (id INT);");
        List<ShardOutcome> rerun = SchemaApply.of(plan, dir).run();
        assertEquals(List.of(Status.UP_TO_DATE, Status.MIGRATED), statuses(rerun));
        assertEquals("V1__schema.sql", rerun.get(1).repaired());
        assertTrue(tableExists(servers.mariadb(1), db, "fixed"));
    }

    @Test
    void dryRunShowsPendingSqlAndChangesNothing(SandboxCluster servers, @TempDir Path dir) throws Exception {
        String db = "apply_dry";
        MigrationPlan plan = mariadbPlan(servers, db, dir);
        write(dir, "s0", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS a (id INT PRIMARY KEY);");
        write(dir, "s1", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS b (id INT PRIMARY KEY);");
        write(dir, "s1", "V2__index.sql", "CREATE INDEX IF NOT EXISTS b_id ON b (id);");

        List<ShardOutcome> dry = SchemaApply.of(plan, dir).dryRun(true).run();
        assertEquals(List.of(Status.PENDING, Status.PENDING), statuses(dry));
        assertEquals(2, dry.get(1).pending().size());
        assertEquals("CREATE INDEX IF NOT EXISTS b_id ON b (id);", dry.get(1).pending().get(1).sql());
        assertNull(dry.get(0).version());
        assertTrue(!tableExists(servers.mariadb(0), db, "a") && !tableExists(servers.mariadb(0), db, SchemaApply.HISTORY_TABLE));
    }

    @Test
    void postgresqlShards(SandboxCluster servers, @TempDir Path dir) throws Exception {
        DatabaseServer pg = servers.postgres(0);
        pg.createDatabase("apply_pg0");
        pg.createDatabase("apply_pg1");
        MigrationPlan plan = PlanLoader.load("pg.yaml", """
                name: pg
                source: { type: postgresql, jdbc-url: "%s", username: cutover, password: cutover }
                target:
                  dialect: postgresql
                  shards:
                    - { name: s0, jdbc-url: "%s", username: cutover, password: cutover }
                    - { name: s1, jdbc-url: "%s", username: cutover, password: cutover }
                tables: []
                """.formatted(pg.jdbcUrl(), pg.jdbcUrl("apply_pg0"), pg.jdbcUrl("apply_pg1")), dir, Map.<String, String>of()::get);
        write(dir, "s0", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS orders_0 (id BIGINT PRIMARY KEY);");
        write(dir, "s1", "V1__schema.sql", "CREATE TABLE IF NOT EXISTS orders_1 (id BIGINT PRIMARY KEY);");
        List<ShardOutcome> first = SchemaApply.of(plan, dir).run();
        assertEquals(List.of(Status.MIGRATED, Status.MIGRATED), statuses(first), first.toString());
        assertEquals(List.of(Status.UP_TO_DATE, Status.UP_TO_DATE), statuses(SchemaApply.of(plan, dir).run()));
    }

    @Test
    void missingShardDirectoryIsNamed(SandboxCluster servers, @TempDir Path dir) throws Exception {
        MigrationPlan plan = mariadbPlan(servers, "apply_missing", dir);
        write(dir, "s0", "V1__schema.sql", "SELECT 1;");
        CutoverException e = assertThrows(CutoverException.class, () -> SchemaApply.of(plan, dir).run());
        assertTrue(e.getMessage().contains("no migrations for shard s1"), e.getMessage());
    }

    private static MigrationPlan mariadbPlan(SandboxCluster servers, String db, Path dir) {
        servers.mariadb(0).createDatabase(db);
        servers.mariadb(1).createDatabase(db);
        return PlanLoader.load("shards.yaml", """
                name: apply
                source: { type: postgresql, jdbc-url: "%s", username: cutover, password: cutover }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "%s", username: cutover, password: cutover }
                    - { name: s1, jdbc-url: "%s", username: cutover, password: cutover }
                tables: []
                """.formatted(servers.postgres(0).jdbcUrl(), servers.mariadb(0).jdbcUrl(db), servers.mariadb(1).jdbcUrl(db)),
                dir, Map.<String, String>of()::get);
    }

    private static void write(Path dir, String shard, String name, String sql) throws IOException {
        Files.createDirectories(dir.resolve(shard));
        Files.writeString(dir.resolve(shard).resolve(name), sql);
    }

    private static List<Status> statuses(List<ShardOutcome> outcomes) {
        return outcomes.stream().map(ShardOutcome::status).toList();
    }

    private static boolean tableExists(DatabaseServer server, String db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), server.username(), server.password());
             ResultSet rs = c.getMetaData().getTables(db, null, table, null)) {
            return rs.next();
        }
    }
}
