package io.cutover.cdc.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The bulk write paths store every value kind exactly as the INSERT path does: the same source copied once with
 * {@code --write insert} and once with the default (LOAD DATA into MariaDB, COPY into PostgreSQL), compared
 * value by value with each other and with the source. CLOCK has a TIME column, which the bulk text does not take:
 * its rows go by INSERT. A rerun of chunks whose rows are on the target but whose progress rows are lost (as
 * after a crash between the two, were they not one transaction) rewrites them without duplicates or errors.
 * Both bulk runs defer KINDS' secondary index, which ends as it was; its unique index stays throughout.
 */
@Servers(postgres = 1, mariadb = 1)
class SnapshotWritePathTest {
    private static final String TEXT = "tab\there\nline\\back\rslash \\N NULL 'q' \"d\" ünï 😀 ☃ ";
    private static final byte[] BYTES = bytes();

    @Test
    void loadDataStoresEveryValueAsInsertDoes(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.mariadb(0), "src");
        source.exec("CREATE TABLE kinds (id INT PRIMARY KEY, amount DECIMAL(38,10), wide DECIMAL(65,30), ts DATETIME(6),"
                        + " day DATE, txt VARCHAR(200), blb LONGBLOB, vb VARBINARY(16), dbl DOUBLE, flt FLOAT,"
                        + " flag TINYINT(1), big BIGINT, uni TEXT)",
                "CREATE TABLE clock (id INT PRIMARY KEY, t TIME(6))",
                "INSERT INTO kinds VALUES (2, -0.0000000001, 0, '9999-12-31 23:59:59.999999', '9999-12-31', '', x'',"
                        + " x'5c4e', -1.5e-300, -0.5, 0, 9223372036854775807, '')",
                "INSERT INTO kinds (id) VALUES (3)",
                "INSERT INTO kinds VALUES (4, 1, 1, '1970-01-01 00:00:00', '1970-01-01', '\\\\N', NULL, x'00', 0, 0, 1,"
                        + " 0, 'NULL')",
                "INSERT INTO clock VALUES (1, '12:34:56.789012'), (2, NULL), (3, '23:59:59.999999')");
        insertFirstRow(source, "INSERT INTO kinds VALUES (1, 1234567890123456789012345678.1234567890,"
                + " 12345678901234567890123456789012345.123456789012345678901234567891, '2024-02-29 23:59:59.123456',"
                + " '0001-01-01', ?, ?, x'00ff5c090a0d', 1.7976931348623157e308, 1.2345678e-20, 1, -9223372036854775808, ?)");
        String shape = source.rows("SHOW CREATE TABLE kinds").get(0)[1] + ";" + source.rows("SHOW CREATE TABLE clock")
                .get(0)[1];
        shape += ";CREATE INDEX ix_kinds_txt ON kinds (txt(20), day DESC);CREATE UNIQUE INDEX ux_kinds_vb ON kinds (vb)";
        Db inserted = target(servers.mariadb(0), "ins", shape);
        Db bulk = target(servers.mariadb(0), "bulk", shape);
        String indexes = bulk.rows("SHOW CREATE TABLE kinds").get(0)[1].toString();
        MigrationPlan insertPlan = plan("ins", "mariadb", source, inserted);
        MigrationPlan bulkPlan = plan("bulk", "mariadb", source, bulk);

        SnapshotResult byInsert = Snapshot.of(insertPlan).write(WriteMode.INSERT).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, byInsert.outcome(), byInsert.message());
        SnapshotResult byLoad = Snapshot.of(bulkPlan).rowsPerChunk(2).deferIndexes(true).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, byLoad.outcome(), byLoad.message());
        assertDeferred(byLoad);
        assertEquals(indexes, bulk.rows("SHOW CREATE TABLE kinds").get(0)[1]);
        assertTrue(byLoad.notes().contains("writes: LOAD DATA LOCAL INFILE"), byLoad.notes().toString());
        assertTrue(String.join("\n", byLoad.notes()).matches("(?s).*writes: [1-3] rows went by INSERT, as a value in"
                + " their batch has no exact LOAD DATA text.*"), byLoad.notes().toString()); // CLOCK's rows

        assertSame(source, inserted, bulk);
        assertEquals(TEXT, bulk.rows("SELECT txt FROM kinds WHERE id = 1").get(0)[0]);
        assertEquals("", bulk.rows("SELECT txt FROM kinds WHERE id = 2").get(0)[0]);
        assertNull(bulk.rows("SELECT txt FROM kinds WHERE id = 3").get(0)[0]);

        rerunLostChunks(bulkPlan, bulk);
        assertSame(source, inserted, bulk);
        assertEquals(indexes, bulk.rows("SHOW CREATE TABLE kinds").get(0)[1]);
    }

    @Test
    void copyStoresEveryValueAsInsertDoes(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        String shape = "CREATE TABLE kinds (id INT PRIMARY KEY, amount NUMERIC(38,10), wide NUMERIC, ts TIMESTAMP(6),"
                + " tstz TIMESTAMPTZ, day DATE, txt TEXT, blb BYTEA, dbl FLOAT8, flt FLOAT4, flag BOOLEAN, big BIGINT,"
                + " u UUID, iv INTERVAL, uni VARCHAR(100));CREATE TABLE clock (id INT PRIMARY KEY, t TIME)";
        source.exec(shape.split(";"));
        source.exec("INSERT INTO kinds VALUES (2, -0.0000000001, 0.000000000000000000000000000001,"
                        + " '9999-12-31 23:59:59.999999', '1970-01-01 00:00:00+00', '9999-12-31', '', '', '-Infinity',"
                        + " 'NaN', false, 9223372036854775807, '00000000-0000-0000-0000-000000000000', '-1 year 2 days"
                        + " -00:00:00.000001', '')",
                "INSERT INTO kinds (id) VALUES (3)",
                "INSERT INTO kinds VALUES (4, 1, 1, '2024-03-31 02:30:00', '2024-10-27 02:30:00+02', '2000-02-29',"
                        + " '\\N', '\\x00', 0, 0.1, true, 0, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '0', 'NULL')",
                "INSERT INTO clock VALUES (1, '12:34:56'), (2, NULL)");
        insertFirstRow(source, "INSERT INTO kinds VALUES (1, 1234567890123456789012345678.1234567890,"
                + " 12345678901234567890123456789012345.123456789012345678901234567891, '2024-02-29 23:59:59.123456',"
                + " '2024-02-29 23:59:59.123456-08', '0001-01-01', ?, ?, 1.7976931348623157e308, 3.4028235e38, true,"
                + " -9223372036854775808, gen_random_uuid(), '3 years 2 mons 1 day 04:05:06.789', ?)");
        shape += ";CREATE INDEX ix_kinds_txt ON kinds (lower(txt), day DESC) WHERE flag;CREATE UNIQUE INDEX ux_kinds_u"
                + " ON kinds (u)";
        Db inserted = target(servers.postgres(0), "ins", shape);
        Db bulk = target(servers.postgres(0), "bulk", shape);
        String pgIndexes = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'kinds' ORDER BY indexname";
        List<String> indexes = exact(bulk, pgIndexes);
        MigrationPlan insertPlan = plan("ins", "postgresql", source, inserted);
        MigrationPlan bulkPlan = plan("bulk", "postgresql", source, bulk);

        SnapshotResult byInsert = Snapshot.of(insertPlan).write(WriteMode.INSERT).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, byInsert.outcome(), byInsert.message());
        SnapshotResult byCopy = Snapshot.of(bulkPlan).rowsPerChunk(2).deferIndexes(true).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, byCopy.outcome(), byCopy.message());
        assertDeferred(byCopy);
        assertEquals(indexes, exact(bulk, pgIndexes));
        assertTrue(byCopy.notes().contains("writes: COPY FROM STDIN"), byCopy.notes().toString());
        assertTrue(String.join("\n", byCopy.notes()).matches("(?s).*writes: [12] rows went by INSERT, as a value in"
                + " their batch has no exact COPY text.*"), byCopy.notes().toString()); // CLOCK's rows

        assertSame(source, inserted, bulk);
        assertEquals(TEXT, bulk.rows("SELECT txt FROM kinds WHERE id = 1").get(0)[0]);
        assertEquals("", bulk.rows("SELECT txt FROM kinds WHERE id = 2").get(0)[0]);
        assertNull(bulk.rows("SELECT txt FROM kinds WHERE id = 3").get(0)[0]);

        rerunLostChunks(bulkPlan, bulk);
        assertSame(source, inserted, bulk);
        assertEquals(indexes, exact(bulk, pgIndexes));
    }

    /**
     * A wall-clock time that does not exist in the JVM's zone (02:30 on the night clocks jump to 03:00) is copied
     * as the source holds it, on both paths: the snapshot reads zone-less timestamps as wall clocks, not as
     * instants of the JVM's zone.
     */
    @Test
    void wallClockInADaylightSavingGapOfTheJvmZoneIsCopiedAsItIs(SandboxCluster servers) {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            String gap = "2024-03-31 02:30:00.250000";
            for (String dialect : List.of("mariadb", "postgresql")) {
                io.cutover.sandbox.DatabaseServer server = dialect.equals("mariadb") ? servers.mariadb(0)
                        : servers.postgres(0);
                String type = dialect.equals("mariadb") ? "DATETIME(6)" : "TIMESTAMP(6)";
                String text = dialect.equals("mariadb") ? "CAST(ts AS CHAR)" : "to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US')";
                Db source = Db.create(server, "gapsrc");
                source.exec("CREATE TABLE kinds (id INT PRIMARY KEY, ts " + type + ")",
                        "CREATE TABLE clock (id INT PRIMARY KEY)", "INSERT INTO kinds VALUES (1, '" + gap + "')");
                for (WriteMode mode : WriteMode.values()) {
                    String name = "gap" + mode.name().toLowerCase(java.util.Locale.ROOT);
                    Db target = target(server, name, "CREATE TABLE kinds (id INT PRIMARY KEY, ts " + type
                            + ");CREATE TABLE clock (id INT PRIMARY KEY)");
                    SnapshotResult result = Snapshot.of(plan(name, dialect, source, target)).write(mode).run();
                    assertEquals(SnapshotResult.Outcome.FINISHED, result.outcome(), result.message());
                    assertEquals(gap, target.rows("SELECT " + text + " FROM kinds").get(0)[0], dialect + ", " + mode);
                }
            }
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    /** KINDS' one secondary index that is not unique was dropped for the copy and built after it. */
    private static void assertDeferred(SnapshotResult result) {
        String notes = String.join("\n", result.notes());
        assertTrue(notes.contains("indexes: dropped 1 secondary indexes for the copy"), notes);
        assertTrue(notes.contains("indexes: built 1 deferred indexes on 1 physical tables in "), notes);
    }

    /** Forgets every second chunk's progress on the target, keeping its rows, and runs the snapshot again. */
    private static void rerunLostChunks(MigrationPlan plan, Db target) {
        target.exec("DELETE FROM cutover_snapshot WHERE state = 'copied' AND MOD(chunk, 2) = 0");
        SnapshotResult rerun = Snapshot.of(plan).rowsPerChunk(2).deferIndexes(true).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, rerun.outcome(), rerun.message());
        assertDeferred(rerun);
        TableProgress kinds = rerun.tables().get(0);
        assertTrue(kinds.chunksKept() > 0 && kinds.chunksKept() < kinds.chunksTotal(), kinds.toString());
    }

    private static void assertSame(Db source, Db inserted, Db bulk) {
        for (String table : List.of("kinds", "clock")) {
            List<String> expected = exact(inserted, table);
            assertEquals(exact(source, table), expected, table + ": the INSERT path");
            assertEquals(expected, exact(bulk, table), table + ": the bulk path");
        }
    }

    /** Every row with every value as the driver returns it, bytes in full hex, decimals with their scale. */
    private static List<String> exact(Db db, String table) {
        List<String> rows = new ArrayList<>();
        for (Object[] row : db.rows(table.startsWith("SELECT") ? table : "SELECT * FROM " + table + " ORDER BY id")) {
            StringBuilder sb = new StringBuilder();
            for (Object v : row) {
                sb.append(" | ").append(v instanceof byte[] b ? "0x" + HexFormat.of().formatHex(b)
                        : v == null ? "NULL" : v.getClass().getSimpleName() + ":" + v);
            }
            rows.add(sb.toString());
        }
        return rows;
    }

    private static void insertFirstRow(Db source, String sql) throws SQLException {
        try (Connection c = source.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, TEXT);
            p.setBytes(2, BYTES);
            p.setString(3, "ünï 😀 ☃ \\ \t");
            p.executeUpdate();
        }
    }

    private static Db target(io.cutover.sandbox.DatabaseServer server, String name, String shape) {
        Db db = Db.create(server, name);
        db.exec(shape.split(";"));
        return db;
    }

    private static MigrationPlan plan(String name, String dialect, Db source, Db target) {
        String yaml = "name: " + name + "\nsource:\n  type: " + dialect + "\n  jdbc-url: \"" + source.url()
                + "\"\n  username: " + source.user + "\n  password: " + source.password + "\n  schema: "
                + (dialect.equals("postgresql") ? "public" : source.database) + "\ntarget:\n  dialect: " + dialect
                + "\n  shards:\n" + target.shardYaml("s0") + "tables:\n  - { source: kinds }\n  - { source: clock }\n"
                + "stream:\n  state: { jdbc-url: \"" + target.url() + "\", username: " + target.user + ", password: "
                + target.password + " }\n";
        return PlanLoader.load(name + ".yaml", yaml, Path.of("."), k -> null);
    }

    private static byte[] bytes() {
        byte[] b = new byte[1 << 20];
        new Random(5).nextBytes(b);
        b[0] = 0;
        b[1] = '\\';
        b[2] = '\t';
        b[3] = '\n';
        return b;
    }
}
