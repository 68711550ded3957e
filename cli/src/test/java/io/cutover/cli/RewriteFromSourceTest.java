package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover rewrite --from-source}: the catalog comes from the live source's JDBC metadata. */
@Servers(postgres = 1)
class RewriteFromSourceTest {
    @Test
    void liveSourceColumnTypesDriveDateArithmetic(SandboxCluster servers, @TempDir Path dir) throws Exception {
        var pg = servers.postgres(0);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, owner varchar(80), opened timestamp(0))");
        }
        Path mapping = dir.resolve("live.yaml");
        Files.writeString(mapping, """
                name: live
                source: { type: postgresql, jdbc-url: "%s", username: cutover, password: cutover }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:3306/live", username: app, password: unused }
                tables:
                  - { source: accounts, broadcast: true }
                """.formatted(pg.jdbcUrl()));
        Path sql = dir.resolve("app.sql");
        Files.writeString(sql, "SELECT id, opened + 1 FROM accounts WHERE id = :id;\n");
        CliRun run = CliRun.of("rewrite", "-f", mapping.toString(), "--from-source", "--file", sql.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("SELECT id, (opened + INTERVAL 1 DAY) FROM accounts WHERE id = ?;"), run.out());

        CliRun without = CliRun.of("rewrite", "-f", mapping.toString(), "--file", sql.toString());
        assertEquals(0, without.exitCode(), without.out());
        assertTrue(without.out().startsWith("SELECT id, opened + 1 FROM accounts WHERE id = ?;"), without.out());
        assertTrue(without.out().contains("no catalog: if opened is a DATE"), without.out());
    }
}
