package io.cutover.mappings.chunk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Chunks real PostgreSQL and MariaDB tables and checks that the chunks partition every row. */
@Servers(postgres = 1, mariadb = 1)
class ChunkerTest {
    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void negativeZeroAndSparseIntegerKeys(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            HikariDataSource db = database(server);
            exec(db, "CREATE TABLE t (id BIGINT PRIMARY KEY, v VARCHAR(10))");
            StringBuilder insert = new StringBuilder("INSERT INTO t VALUES ");
            for (int i = -50; i <= 52; i++) {
                long id = i <= 0 ? i : (long) i * i * i * 1000; // sparse above zero
                insert.append(i == -50 ? "" : ",").append("(").append(id).append(", 'x')");
            }
            exec(db, insert.toString());
            SqlFlavor flavor = flavor(server);
            RowKeys.Keyed keyed = read(db, "t");
            Chunker chunker = Chunker.of(db, flavor, keyed.table(), keyed.key()).rowsPerChunk(10);
            List<Chunk> chunks = chunker.chunks();
            assertEquals(11, chunks.size(), server.toString());
            assertPartition(db, flavor, keyed, chunks, 103, 10);
            assertEquals(List.of(-41L), chunks.get(0).upperInclusive().stream().map(v -> ((Number) v).longValue()).toList());
            assertEquals(chunks.toString(), chunker.chunks().toString(), "the same rows give the same chunks");
        }
    }

    @Test
    void compositeKeyWithTextInCodePointOrder(SandboxCluster servers) throws SQLException {
        String[] names = {"a", "B", "b", "Z", "é", "e", "😀", "\uFFFD", "zz", "A b"};
        for (DatabaseServer server : servers.all()) {
            HikariDataSource db = database(server);
            // MariaDB's default collations fold case and accents, which would make 'B' and 'b' one key
            String binary = server.engine() == Engine.MARIADB ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "";
            exec(db, "CREATE TABLE regions (region VARCHAR(20)" + binary + " NOT NULL, seq INT NOT NULL,"
                    + " note VARCHAR(10), PRIMARY KEY (region, seq))");
            try (Connection c = db.getConnection();
                 PreparedStatement p = c.prepareStatement("INSERT INTO regions VALUES (?, ?, 'n')")) {
                for (String name : names) {
                    for (int seq = -3; seq < 4; seq++) {
                        p.setString(1, name);
                        p.setInt(2, seq);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            SqlFlavor flavor = flavor(server);
            RowKeys.Keyed keyed = read(db, "regions");
            assertEquals(List.of(new KeyColumn("region", true), new KeyColumn("seq", false)), keyed.key());
            List<Chunk> chunks = Chunker.of(db, flavor, keyed.table(), keyed.key()).rowsPerChunk(4).chunks();
            assertPartition(db, flavor, keyed, chunks, 70, 4);
            for (int i = 1; i < chunks.size() - 1; i++) {
                List<Object> a = chunks.get(i - 1).upperInclusive();
                List<Object> b = chunks.get(i).upperInclusive();
                int byText = io.cutover.mappings.value.TextOrder.compare((String) a.get(0), (String) b.get(0));
                assertTrue(byText < 0 || byText == 0 && ((Number) a.get(1)).intValue() < ((Number) b.get(1)).intValue(),
                        server + ": boundaries in code point order: " + a + " before " + b);
            }
        }
    }

    @Test
    void uniqueNotNullKeyWithoutPrimaryKeyAndRefusalWithout(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            HikariDataSource db = database(server);
            exec(db, "CREATE TABLE u (code VARCHAR(5) NOT NULL, other INT, UNIQUE (code))",
                    "CREATE TABLE n (code VARCHAR(5), other INT, UNIQUE (code))",
                    "INSERT INTO u VALUES ('k1', 1), ('k2', 2), ('k3', 3)");
            RowKeys.Keyed keyed = read(db, "u");
            assertEquals(List.of(new KeyColumn("code", true)), keyed.key());
            assertPartition(db, flavor(server), keyed,
                    Chunker.of(db, flavor(server), keyed.table(), keyed.key()).rowsPerChunk(2).chunks(), 3, 2);
            CutoverException e = assertThrows(CutoverException.class, () -> read(db, "n"));
            assertEquals("table n has no primary key and no unique key of NOT NULL columns, so it cannot be split"
                    + " into key ranges and its rows cannot be matched; add a primary key, or leave the table out"
                    + " (--tables)", e.getMessage());
        }
    }

    @Test
    void resumeAfterStoredKeyGivesTheRemainingChunks(SandboxCluster servers) throws SQLException {
        DatabaseServer server = servers.postgres(0);
        HikariDataSource db = database(server);
        exec(db, "CREATE TABLE r (day DATE NOT NULL, id NUMERIC(20,0) NOT NULL, PRIMARY KEY (day, id))",
                "INSERT INTO r SELECT DATE '2024-01-01' + (g % 7), g FROM generate_series(1, 50) g");
        RowKeys.Keyed keyed = read(db, "r");
        Chunker chunker = Chunker.of(db, SqlFlavor.POSTGRESQL, keyed.table(), keyed.key()).rowsPerChunk(7);
        List<Chunk> all = chunker.chunks();
        List<Object> stored = KeyCodec.decode(KeyCodec.encode(all.get(2).upperInclusive()));
        assertEquals(all.subList(3, all.size()).toString(), chunker.chunksAfter(stored, 3).toString());
    }

    @Test
    void keyCodecKeepsTypes() {
        List<Object> key = java.util.Arrays.asList(-42L, new java.math.BigDecimal("1.50"), "a:b😀", null,
                java.time.LocalDateTime.parse("2024-02-29T23:59:59.123456"), java.time.LocalDate.parse("0999-01-02"));
        assertEquals(key, KeyCodec.decode(KeyCodec.encode(key)));
        assertArrayEquals(new byte[] {0, -1}, (byte[]) KeyCodec.decode(KeyCodec.encode(List.of(new byte[] {0, -1}))).get(0));
    }

    private void assertPartition(HikariDataSource db, SqlFlavor flavor, RowKeys.Keyed keyed, List<Chunk> chunks,
                                 long rows, int perChunk) throws SQLException {
        long total = 0;
        for (Chunk chunk : chunks) {
            long n = count(db, flavor, keyed, chunk);
            if (chunk.upperInclusive() != null) {
                assertEquals(perChunk, n, chunk.toString());
            }
            total += n;
        }
        assertEquals(rows, total, "every row is in exactly one chunk: " + chunks);
    }

    private static long count(HikariDataSource db, SqlFlavor flavor, RowKeys.Keyed keyed, Chunk chunk)
            throws SQLException {
        KeyRange range = KeyRange.of(flavor, keyed.key(), chunk);
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + keyed.table().sql(flavor)
                     + " WHERE " + range.condition())) {
            range.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static RowKeys.Keyed read(HikariDataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection()) {
            return RowKeys.read(c, null, table);
        }
    }

    private static SqlFlavor flavor(DatabaseServer server) {
        return server.engine() == Engine.POSTGRESQL ? SqlFlavor.POSTGRESQL : SqlFlavor.MYSQL;
    }

    private HikariDataSource database(DatabaseServer server) {
        String name = "chunk_" + UUID.randomUUID().toString().substring(0, 8);
        server.createDatabase(name);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl(name));
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(2);
        pools.add(ds);
        return ds;
    }

    private static void exec(HikariDataSource db, String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
