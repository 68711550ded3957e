package io.cutover.verify.bench;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.verify.Mode;
import io.cutover.verify.Verify;
import io.cutover.verify.VerifyResult;
import io.cutover.verify.internal.canonical.CanonicalSql;
import io.cutover.verify.internal.canonical.ColumnKind;
import io.cutover.verify.internal.canonical.SqlType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Not a test: N source rows (PostgreSQL) against 4 MariaDB shards (mod on id), in one run: checksum mode
 * against the bare checksum queries over the same tables on all five databases at once, rows mode in rows/s,
 * and peak heap. {@code java ... VerifyBench [rows]}.
 */
public final class VerifyBench {
    /** The bare checksum queries: verify's own canonical row text and fold, one query over the whole table. */
    private static final String PG_RAW = bare(SqlFlavor.POSTGRESQL, false, "int8", "varchar", "numeric", "timestamp");
    private static final String MY_RAW = bare(SqlFlavor.MYSQL, true, "BIGINT", "VARCHAR", "DECIMAL", "DATETIME");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (SandboxCluster servers = SandboxCluster.start(1, 2)) {
            var pg = servers.postgres(0);
            pg.createDatabase("src");
            exec(pg.jdbcUrl("src"), pg.username(), pg.password(),
                    "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50), price NUMERIC(12,2), created TIMESTAMP(0))",
                    "INSERT INTO items SELECT g, 'item ' || g, g * 1.25, timestamp '2024-01-01' + g * interval '1 second'"
                            + " FROM generate_series(0, " + (rows - 1) + ") g", "VACUUM ANALYZE items");
            StringBuilder yaml = new StringBuilder("name: bench\nsource: { type: postgresql, jdbc-url: \""
                    + pg.jdbcUrl("src") + "\", username: " + pg.username() + ", password: \"" + pg.password()
                    + "\", schema: public }\ntarget:\n  dialect: mariadb\n  shards:\n");
            List<String[]> shards = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                var m = servers.mariadb(s / 2);
                m.createDatabase("s" + s);
                shards.add(new String[] {m.jdbcUrl("s" + s), m.username(), m.password()});
                exec(m.jdbcUrl("s" + s), m.username(), m.password(),
                        "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50), price DECIMAL(12,2), created DATETIME)",
                        "INSERT INTO items SELECT seq, CONCAT('item ', seq), seq * 1.25, '2024-01-01' + INTERVAL seq SECOND"
                                + " FROM seq_0_to_" + (rows - 1) + " WHERE seq % 4 = " + s);
                yaml.append("    - { name: s").append(s).append(", jdbc-url: \"").append(m.jdbcUrl("s" + s))
                        .append("\", username: ").append(m.username()).append(", password: \"").append(m.password())
                        .append("\" }\n");
            }
            yaml.append("tables:\n  - { source: items, target: items, shard-by: { column: id, algorithm: mod } }\n");
            MigrationPlan plan = PlanLoader.load("bench.yaml", yaml.toString(), Path.of("."), k -> null);

            for (int round = 0; round < 2; round++) { // the first round warms caches and the JIT
                long t0 = System.nanoTime();
                List<CompletableFuture<String>> raw = new ArrayList<>();
                raw.add(CompletableFuture.supplyAsync(() -> query(pg.jdbcUrl("src"), pg.username(), pg.password(),
                        PG_RAW)));
                for (String[] s : shards) {
                    raw.add(CompletableFuture.supplyAsync(() -> query(s[0], s[1], s[2], MY_RAW)));
                }
                raw.forEach(CompletableFuture::join);
                double rawSeconds = (System.nanoTime() - t0) / 1e9;
                resetPeaks();
                long t1 = System.nanoTime();
                VerifyResult checksum = Verify.of(plan).mode(Mode.CHECKSUM).restart(true).run();
                double checksumSeconds = (System.nanoTime() - t1) / 1e9;
                long checksumPeak = peakHeap();
                resetPeaks();
                long t2 = System.nanoTime();
                VerifyResult byRows = Verify.of(plan).mode(Mode.ROWS).restart(true).run();
                double rowsSeconds = (System.nanoTime() - t2) / 1e9;
                System.out.printf("round %d: %d rows, 4 shards; raw checksum queries (5 databases at once) %.2fs;"
                                + " verify checksum %.2fs (%.2fx raw, equal=%b, peak heap %d MB); verify rows %.2fs"
                                + " (%.0f rows/s, equal=%b, peak heap %d MB)%n", round, rows, rawSeconds, checksumSeconds,
                        checksumSeconds / rawSeconds, checksum.equal(), checksumPeak >> 20, rowsSeconds, rows / rowsSeconds,
                        byRows.equal(), peakHeap() >> 20);
            }
        }
    }

    private static String bare(SqlFlavor flavor, boolean mysql, String id, String name, String price, String created) {
        CanonicalSql sql = CanonicalSql.of(flavor);
        String row = sql.row(List.of(
                sql.column(ColumnKind.DECIMAL, new SqlType(Types.BIGINT, id, mysql), flavor.quote("id")),
                sql.column(ColumnKind.STRING, new SqlType(Types.VARCHAR, name, mysql), flavor.quote("name")),
                sql.column(ColumnKind.DECIMAL, new SqlType(Types.NUMERIC, price, mysql), flavor.quote("price")),
                sql.column(ColumnKind.TIMESTAMP, new SqlType(Types.TIMESTAMP, created, mysql), flavor.quote("created"))));
        return "SELECT COUNT(*), " + sql.fold(row) + " FROM items";
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String query(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1) + " " + rs.getString(2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(String url, String user, String password, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
