package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debezium echoes its configuration at startup; the passwords of the mapping file (source, shards, state
 * database) must not appear in anything the stream logs, even at INFO. The state database shares its server
 * with another job's state.
 */
@Servers(postgres = 1, mariadb = 1)
class StreamSecretsNotLoggedTest {
    private static final String SOURCE_PASSWORD = "pg-Src-Secret-4711";
    private static final String SHARD_PASSWORD = "maria-Shard-Secret-0815";
    private static final String STATE_PASSWORD = "maria-State-Secret-2342";

    @Test
    void passwordsNeverReachTheLog(SandboxCluster servers, @TempDir Path dir) throws Exception {
        Db source = Db.create(servers.postgres(0), "src").withNewLogin("leak_src", SOURCE_PASSWORD);
        Workload.createTables(source, true);
        Db s0 = Db.create(servers.mariadb(0), "s0").withNewLogin("leak_shard", SHARD_PASSWORD);
        Db s1 = Db.create(servers.mariadb(0), "s1").withNewLogin("leak_shard", SHARD_PASSWORD);
        Db state = Db.create(servers.mariadb(0), "state").withNewLogin("leak_state", STATE_PASSWORD);
        // another job's state on the same server must not be taken for this one's (Debezium's table lookup)
        Db.create(servers.mariadb(0), "other_state").exec("CREATE TABLE cutover_debezium_offsets (id INT)",
                "CREATE TABLE cutover_debezium_history (id INT)");
        Targets t = new Targets(source, "postgresql", List.of(s0, s1), "mariadb", state);
        new Workload(source, 5).run(200);
        Path mapping = dir.resolve("leak.yaml");
        Files.writeString(mapping, t.yaml);
        Path log = dir.resolve("stream.log");

        Process stream = StreamCrashTest.start(mapping, log, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(t::converged);
        } finally {
            stream.destroy();
            stream.waitFor(60, TimeUnit.SECONDS);
        }

        String text = Files.readString(log);
        assertTrue(text.contains("connector.class = io.debezium.connector.postgresql.PostgresConnector"),
                "Debezium's configuration echo is in the log, so the check below means something:\n" + text);
        for (String secret : List.of(SOURCE_PASSWORD, SHARD_PASSWORD, STATE_PASSWORD)) {
            assertFalse(text.contains(secret), "a password is in the log:\n" + text);
        }
    }
}
