package io.cutover.cdc.internal.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL source intervals (YEAR TO MONTH and DAY TO SECOND) streamed, snapshot and changes, into a MariaDB
 * shard (INT total months, BIGINT total microseconds) and a PostgreSQL shard (the intervals themselves).
 */
@Servers(postgres = 2, mariadb = 1)
class IntervalStreamTest {
    private static final long DAY = 86_400_000_000L;

    @Test
    void intervalsReachMariaDbAsTotalsAndPostgresAsIntervals(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "isrc");
        source.exec("CREATE TABLE plans (id BIGINT PRIMARY KEY, ym INTERVAL YEAR TO MONTH, ds INTERVAL DAY TO SECOND(6))",
                "INSERT INTO plans VALUES (1, '1 year 2 mons', '3 days 04:05:06.78'), (2, NULL, NULL),"
                        + " (3, '99 years 11 mons', '-1 day -00:00:00.000001')");
        Db maria = Db.create(servers.mariadb(0), "imaria");
        maria.exec("CREATE TABLE plans (id BIGINT PRIMARY KEY, ym INT, ds BIGINT)");
        Db pg = Db.create(servers.postgres(1), "ipg");
        pg.exec("CREATE TABLE plans (id BIGINT PRIMARY KEY, ym INTERVAL YEAR TO MONTH, ds INTERVAL DAY TO SECOND(6))");

        List<Runnable> changes = List.of(
                () -> source.exec("INSERT INTO plans VALUES (4, '-2 years -1 mon', '999 days 23:59:59.999999')"),
                () -> source.exec("UPDATE plans SET ym = '0', ds = '0' WHERE id = 2"),
                () -> source.exec("UPDATE plans SET ym = '5 mons', ds = '00:00:00.5' WHERE id = 1"));
        stream(source, maria, "mariadb", Db.create(servers.mariadb(0), "istate"), "ival_maria", changes.subList(0, 2),
                () -> maria.count("plans") == 4 && rows(maria).get(1).equals("2 | 0 | 0"));
        long ds4 = 999 * DAY + 86_399_999_999L;
        assertEquals(List.of("1 | 14 | " + (3 * DAY + 14_706_780_000L), "2 | 0 | 0", "3 | 1199 | " + (-DAY - 1),
                "4 | -25 | " + ds4), rows(maria));

        stream(source, pg, "postgresql", Db.create(servers.postgres(1), "istate"), "ival_pg", changes.subList(2, 3),
                () -> pg.count("plans") == 4 && rows(pg).get(0).equals("1 | 5 mons | 0.5 secs"));
        assertEquals(List.of("1 | 5 mons | 0.5 secs", "2 | 0 secs | 0 secs", "3 | 99 years 11 mons | -1 days -0.000001 secs",
                "4 | -2 years -1 mons | 999 days 23 hours 59 mins 59.999999 secs"), rows(pg));
    }

    private static void stream(Db source, Db shard, String dialect, Db state, String name, List<Runnable> changes,
            java.util.concurrent.Callable<Boolean> done) throws Exception {
        String yaml = "name: " + name + "\nsource:\n  type: postgresql\n  jdbc-url: \"" + source.url() + "\"\n  username: "
                + source.user + "\n  password: " + source.password + "\n  schema: public\ntarget:\n  dialect: " + dialect
                + "\n  shards:\n" + shard.shardYaml("s0") + "tables:\n  - { source: plans, target: plans, broadcast: true }\n"
                + "stream:\n  state: { jdbc-url: \"" + state.url() + "\", username: " + state.user + ", password: "
                + state.password + " }\n";
        MigrationPlan plan = PlanLoader.load(name + ".yaml", yaml, Path.of("."), k -> null);
        Endpoint stateEndpoint = new Endpoint("state", state.url(), state.user, Secret.of(state.password, null),
                SourceLocation.UNKNOWN);
        Stream stream = Stream.of(plan).options(StreamOptions.of(stateEndpoint).batchSize(100));
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> run.isDone() || shard.count("plans") >= 3);
        changes.forEach(Runnable::run);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> run.isDone() || done.call());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("target rows " + rows(shard) + ", stream " + stream.status(), e);
        } finally {
            stream.stop();
        }
        StreamResult result = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, result.outcome(), result.message());
    }

    private static List<String> rows(Db db) {
        List<String> out = new ArrayList<>();
        for (Object[] row : db.rows("SELECT id, ym, ds FROM plans ORDER BY id")) {
            StringBuilder sb = new StringBuilder();
            for (Object v : row) {
                sb.append(sb.length() == 0 ? "" : " | ").append(v);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
