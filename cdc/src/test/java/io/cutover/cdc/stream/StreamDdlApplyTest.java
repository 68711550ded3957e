package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.mappings.plan.OnDdl;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@code on-ddl: apply}: additive source DDL reaches every physical table mid-stream; a dropped column stops. */
@Servers(postgres = 1, mariadb = 1)
class StreamDdlApplyTest {

    @Test
    void mariaDbAddAndWidenReachEveryPostgresTable(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.mariadb(0), "src");
        Workload.createTables(source, false);
        Targets t = new Targets(source, "mariadb", List.of(Db.create(servers.postgres(0), "s0"),
                Db.create(servers.postgres(0), "s1")), "postgresql", Db.create(servers.postgres(0), "state"));
        Stream stream = start(t);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        insertItems(source, 1, 20, false);
        awaitItems(t, 20);
        source.exec("ALTER TABLE items ADD COLUMN note VARCHAR(40)", "ALTER TABLE items MODIFY name VARCHAR(200)");
        insertItems(source, 21, 40, true);
        awaitConverged(t, run);
        stream.stop();
        assertEquals(StreamResult.Outcome.STOPPED, run.get().outcome(), run.get().message());
        assertEveryItemsTableHasNote(t, "character varying", "SELECT data_type, character_maximum_length FROM"
                + " information_schema.columns WHERE table_name = '%s' AND column_name IN ('note', 'name')"
                + " ORDER BY column_name DESC");
    }

    @Test
    void postgresAddReachesEveryMariaDbTable(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        Targets t = new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(0), "s1")), "mariadb", Db.create(servers.mariadb(0), "state"));
        Stream stream = start(t);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        insertItems(source, 1, 20, false);
        awaitItems(t, 20);
        source.exec("ALTER TABLE items ADD COLUMN note VARCHAR(40)", "ALTER TABLE items ALTER COLUMN name TYPE VARCHAR(200)");
        insertItems(source, 21, 40, true);
        awaitConverged(t, run);
        stream.stop();
        assertEquals(StreamResult.Outcome.STOPPED, run.get().outcome(), run.get().message());
        assertEveryItemsTableHasNote(t, "varchar", "SELECT data_type, character_maximum_length FROM"
                + " information_schema.columns WHERE table_schema = DATABASE() AND table_name = '%s'"
                + " AND column_name IN ('note', 'name') ORDER BY column_name DESC");
    }

    @Test
    void droppedColumnStopsBeforeIt(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.mariadb(0), "src");
        Workload.createTables(source, false);
        Targets t = new Targets(source, "mariadb", List.of(Db.create(servers.postgres(0), "s0"),
                Db.create(servers.postgres(0), "s1")), "postgresql", Db.create(servers.postgres(0), "state"));
        Stream stream = start(t);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        insertItems(source, 1, 20, false);
        awaitItems(t, 20);
        source.exec("ALTER TABLE items DROP COLUMN name", "INSERT INTO items (id) VALUES (21)");
        StreamResult result = run.get(3, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(StreamResult.Outcome.STOPPED_ON_DDL, result.outcome(), result.message());
        assertTrue(result.message().contains("ALTER TABLE items DROP COLUMN name -- it drops or renames column name"),
                result.message());
        assertEquals(20, t.targetRows("items", 4, 0).size(), "the rows before the DROP, none after");
    }

    private static Stream start(Targets t) {
        return Stream.of(t.plan).options(StreamOptions.of(t.stateEndpoint()).onDdl(OnDdl.APPLY).batchSize(500));
    }

    private static void insertItems(Db source, int from, int to, boolean withNote) {
        for (int id = from; id <= to; id++) {
            source.exec(withNote
                    ? "INSERT INTO items (id, name, note) VALUES (" + id + ", '" + "n".repeat(150) + id + "', 'note " + id + "')"
                    : "INSERT INTO items (id, name) VALUES (" + id + ", 'item " + id + "')");
        }
    }

    /** The rows before the DDL are streamed, not left to a snapshot taken after it. */
    private static void awaitItems(Targets t, int rows) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> t.targetRows("items", 4, 0).size() == rows);
    }

    private static void awaitConverged(Targets t, CompletableFuture<StreamResult> run) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> run.isDone() || t.converged());
        assertTrue(!run.isDone(), () -> "stream ended: " + run.join().message());
    }

    /** Every physical ITEMS table has NOTE VARCHAR(40) and NAME widened to 200. */
    private static void assertEveryItemsTableHasNote(Targets t, String varchar, String query) {
        for (int s = 0; s < t.shards.size(); s++) {
            for (int k = s * 4; k < s * 4 + 4; k++) {
                List<Object[]> columns = t.shards.get(s).rows(String.format(query, "items_" + k));
                assertEquals(varchar + " 40, " + varchar + " 200", columns.get(0)[0] + " " + columns.get(0)[1] + ", "
                        + columns.get(1)[0] + " " + columns.get(1)[1], "items_" + k);
            }
        }
    }
}
