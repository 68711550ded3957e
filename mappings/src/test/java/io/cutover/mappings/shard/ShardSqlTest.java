package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ShardSql} gives, on real MariaDB and PostgreSQL servers, the index {@link TableRoute#route} gives to the
 * value the driver returns, for the golden vectors and thousands of random keys: integers (with negatives and
 * the extremes), decimals (42.000, fractions), strings (empty, trailing spaces, multi-byte, U+001F), dates,
 * timestamps, composite keys, under mod, hash and range, and NULL where the router rejects the key.
 */
@Servers(postgres = 1, mariadb = 1)
class ShardSqlTest {
    private static final int RANDOM_KEYS = 3000;
    private static final String[] COLUMNS = {"I", "D", "S", "DT", "TS"};
    private static final String[] PIECES = {"a", "Z", "0", " ", "ü", "é", "東", "京", "😀", "\u001F", "-", "M"};

    /** A route, the mapping it came from, and the index its row 0 (the golden keys) has, or -1 for none checked. */
    private record Case(String name, TableMapping mapping, TableRoute route, int golden) {
    }

    @Test
    void postgresqlGivesTheRoutersIndexForEveryKey(SandboxCluster servers) throws SQLException {
        check(servers.postgres(0), SqlFlavor.POSTGRESQL,
                "CREATE TABLE shard_keys (n INT PRIMARY KEY, i BIGINT, d NUMERIC(30,3), s VARCHAR(40), dt DATE,"
                        + " ts TIMESTAMP(6))");
    }

    @Test
    void mariadbGivesTheRoutersIndexForEveryKey(SandboxCluster servers) throws SQLException {
        check(servers.mariadb(0), SqlFlavor.MYSQL,
                "CREATE TABLE shard_keys (n INT PRIMARY KEY, i BIGINT, d DECIMAL(30,3), s VARCHAR(40), dt DATE,"
                        + " ts DATETIME(6)) CHARACTER SET utf8mb4");
    }

    @Test
    void keysItCannotProveAreLeftToJava() {
        Case hash = sharded("hash", Algorithm.HASH, 2, 4, List.of(), -1, "I");
        ShardSql.Key bigint = new ShardSql.Key("i", Types.BIGINT, "int8");
        assertEquals(Optional.empty(), index(hash, SqlFlavor.ORACLE, bigint));
        assertEquals(Optional.empty(), index(hash, SqlFlavor.POSTGRESQL, new ShardSql.Key("f", Types.DOUBLE, "float8")));
        assertEquals(Optional.empty(), index(hash, SqlFlavor.POSTGRESQL, new ShardSql.Key("c", Types.CHAR, "bpchar")));
        assertEquals(Optional.empty(),
                index(hash, SqlFlavor.POSTGRESQL, new ShardSql.Key("t", Types.TIMESTAMP, "timestamptz")));
        assertEquals(Optional.empty(), index(hash, SqlFlavor.MYSQL, new ShardSql.Key("t", Types.TIMESTAMP, "TIMESTAMP")));
        Case textRange = sharded("range", Algorithm.RANGE, 2, 1, List.of("m"), -1, "I");
        assertEquals(Optional.empty(), index(textRange, SqlFlavor.MYSQL, bigint), "an integer against text bounds");
        assertEquals(Optional.empty(),
                index(sharded("mod", Algorithm.MOD, 2, 1, List.of(), -1, "I"), SqlFlavor.MYSQL,
                        new ShardSql.Key("s", Types.VARCHAR, "VARCHAR")), "mod of a string");
        TableMapping broadcast = Plans.unsharded("C", Placement.BROADCAST, null);
        assertEquals(Optional.empty(), ShardSql.physicalIndex(broadcast, Plans.router(2, broadcast).table("C"),
                SqlFlavor.MYSQL, List.of()));
        TableMapping single = Plans.unsharded("C", Placement.SINGLE, "s1");
        assertEquals(Optional.of("0"), ShardSql.physicalIndex(single, Plans.router(2, single).table("C"),
                SqlFlavor.POSTGRESQL, List.of()));
    }

    private static void check(DatabaseServer server, SqlFlavor flavor, String create) throws SQLException {
        String db = "shard_sql_" + Long.toString(System.nanoTime(), 36);
        server.createDatabase(db);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), server.username(), server.password())) {
            try (Statement s = c.createStatement()) {
                s.execute(create);
            }
            int rows = fill(c);
            Map<String, ShardSql.Key> keys = keys(c, flavor);
            List<Case> cases = cases();
            for (Case k : cases) {
                List<ShardSql.Key> key = k.route().keyColumns().stream().map(keys::get).toList();
                String index = ShardSql.physicalIndex(k.mapping(), k.route(), flavor, key)
                        .orElseThrow(() -> new AssertionError(k.name() + " has no SQL form on " + flavor));
                compare(c, k, index, rows);
            }
        }
    }

    private static void compare(Connection c, Case k, String index, int rows) throws SQLException {
        int compared = 0;
        Set<Integer> hit = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n, " + String.join(", ", k.route().keyColumns()) + ", " + index
                     + " FROM shard_keys ORDER BY n")) {
            while (rs.next()) {
                Object[] values = new Object[k.route().keyColumns().size()];
                for (int v = 0; v < values.length; v++) {
                    values[v] = rs.getObject(v + 2);
                }
                Integer expected;
                try {
                    expected = k.route().route(values).index();
                } catch (CutoverException rejected) {
                    expected = null;
                }
                Object sql = rs.getObject(values.length + 2);
                Integer actual = sql == null ? null : ((Number) sql).intValue();
                assertEquals(expected, actual, () -> k.name() + " of " + java.util.Arrays.toString(values));
                if (rs.getInt(1) == 0 && k.golden() >= 0) {
                    assertEquals(k.golden(), actual, k.name() + " of the golden keys");
                }
                if (actual != null) {
                    hit.add(actual);
                }
                compared++;
            }
        }
        assertEquals(rows, compared);
        assertEquals(k.route().all().size(), hit.size(), k.name() + " reaches every physical table");
    }

    private static List<Case> cases() {
        List<Object> numbers = List.of(-1000, 0, new BigDecimal("1000000.5"));
        List<Object> decimals = List.of(new BigDecimal("-0.5"), 0, new BigDecimal("42.001"));
        List<Object> texts = List.of("M", "a", "ü");
        List<Object> times = List.of("1900", "2024-03-01", "2024-03-01 12:30:45.12");
        return List.of(
                sharded("mod i T=8", Algorithm.MOD, 2, 4, List.of(), 2, "I"),
                sharded("mod i T=7", Algorithm.MOD, 7, 1, List.of(), 0, "I"),
                sharded("mod d T=8", Algorithm.MOD, 2, 4, List.of(), 2, "D"),
                sharded("hash i T=8", Algorithm.HASH, 2, 4, List.of(), 7, "I"),
                sharded("hash i T=7", Algorithm.HASH, 7, 1, List.of(), 5, "I"),
                sharded("hash d T=64", Algorithm.HASH, 4, 16, List.of(), 39, "D"),
                sharded("hash s T=64", Algorithm.HASH, 4, 16, List.of(), -1, "S"),
                sharded("hash dt T=8", Algorithm.HASH, 2, 4, List.of(), 3, "DT"),
                sharded("hash ts T=8", Algorithm.HASH, 2, 4, List.of(), 1, "TS"),
                sharded("hash s,i T=8", Algorithm.HASH, 2, 4, List.of(), 2, "S", "I"),
                sharded("hash s,d,dt,ts T=7", Algorithm.HASH, 7, 1, List.of(), -1, "S", "D", "DT", "TS"),
                sharded("range i", Algorithm.RANGE, 2, 2, numbers, 2, "I"),
                sharded("range d", Algorithm.RANGE, 2, 2, decimals, 2, "D"),
                sharded("range s", Algorithm.RANGE, 2, 2, texts, 0, "S"),
                sharded("range dt", Algorithm.RANGE, 2, 2, times, 2, "DT"),
                sharded("range ts", Algorithm.RANGE, 2, 2, times, 3, "TS"));
    }

    private static Case sharded(String name, Algorithm algorithm, int shards, int tablesPerShard,
                                List<Object> boundaries, int golden, String... columns) {
        TableMapping m = Plans.sharded("KEYS", "shard_keys", algorithm, tablesPerShard, null, boundaries, columns);
        return new Case(name, m, Plans.router(shards, m).table("KEYS"), golden);
    }

    private static Optional<String> index(Case k, SqlFlavor flavor, ShardSql.Key key) {
        return ShardSql.physicalIndex(k.mapping(), k.route(), flavor, List.of(key));
    }

    private static Map<String, ShardSql.Key> keys(Connection c, SqlFlavor flavor) throws SQLException {
        Map<String, ShardSql.Key> keys = new HashMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(flavor == SqlFlavor.MYSQL ? c.getCatalog() : null, null, "shard_keys", "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                keys.put(name.toUpperCase(Locale.ROOT), new ShardSql.Key(flavor.quote(name), rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME")));
            }
        }
        assertEquals(6, keys.size());
        return keys;
    }

    /** Row 0: the golden keys (42, 42.000, ACME, 2024-03-01, 2024-03-01 12:30:45.12); then edge and random keys. */
    private static int fill(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {42L, new BigDecimal("42.000"), "ACME", LocalDate.of(2024, 3, 1),
                LocalDateTime.of(2024, 3, 1, 12, 30, 45, 120_000_000)});
        rows.add(new Object[] {null, null, null, null, null});
        rows.add(new Object[] {Long.MIN_VALUE, new BigDecimal("-1.000"), "", LocalDate.of(2024, 3, 1),
                LocalDateTime.of(2024, 3, 1, 12, 30, 45)});
        rows.add(new Object[] {Long.MAX_VALUE, new BigDecimal("0.000"), "Zürich", LocalDate.of(1500, 1, 1),
                LocalDateTime.of(2024, 3, 1, 0, 0)});
        rows.add(new Object[] {-1L, new BigDecimal("1.500"), "東京", LocalDate.of(9999, 12, 31),
                LocalDateTime.of(1500, 1, 1, 0, 0, 0, 1000)});
        rows.add(new Object[] {0L, new BigDecimal("-0.500"), "😀", LocalDate.of(1000, 1, 1),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)});
        rows.add(new Object[] {-9L, new BigDecimal("42.001"), "customer-000001 ", null, null});
        Random random = new Random(20240301);
        for (int r = 0; r < RANDOM_KEYS; r++) {
            long unscaled = random.nextInt(4) == 0 ? random.nextLong() / 1000 : random.nextInt(2_000_001) - 1_000_000L;
            int micros = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
            rows.add(new Object[] {
                random.nextBoolean() ? random.nextLong() : random.nextInt(4001) - 2000L,
                BigDecimal.valueOf(random.nextBoolean() ? unscaled : unscaled / 1000 * 1000, 3),
                text(random),
                LocalDate.ofEpochDay(random.nextInt(-354_000, 2_932_000)),
                LocalDateTime.of(LocalDate.ofEpochDay(random.nextInt(-100_000, 30_000)),
                        LocalTime.ofSecondOfDay(random.nextInt(86_400)))
                        .withNano((random.nextBoolean() ? micros : micros / 10_000 * 10_000) * 1000)});
            if (random.nextInt(10) == 0) {
                rows.get(rows.size() - 1)[random.nextInt(COLUMNS.length)] = null;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO shard_keys VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < rows.size(); n++) {
                p.setInt(1, n);
                for (int v = 0; v < COLUMNS.length; v++) {
                    p.setObject(v + 2, rows.get(n)[v]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
        return rows.size();
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
