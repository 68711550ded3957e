package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of difference injected into a sharded copy, found exactly by checksum and rows mode, repaired,
 * and gone afterwards; PostgreSQL to MariaDB shards and MariaDB to PostgreSQL shards.
 */
@Servers(postgres = 1, mariadb = 2)
class VerifyEndToEndTest {

    @Test
    void postgresSourceToTwoMariaDbShards(SandboxCluster servers) throws SQLException {
        scenario(new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 500));
    }

    @Test
    void mariaDbSourceToTwoPostgresShards(SandboxCluster servers) throws SQLException {
        scenario(new Fixture(Db.create(servers.mariadb(0), "src"),
                List.of(Db.create(servers.postgres(0), "s0"), Db.create(servers.postgres(0), "s1")), 500));
    }

    private static void scenario(Fixture f) throws SQLException {
        VerifyResult clean = verify(f, Mode.CHECKSUM).run();
        assertTrue(clean.equal(), clean.toString());
        assertEquals(List.of(501L, 200L, 3L), clean.tables().stream().map(TableResult::sourceRows).toList());

        Set<String> expected = inject(f);
        assertEquals(expected, found(verify(f, Mode.CHECKSUM).run()));
        assertEquals(expected, found(verify(f, Mode.ROWS).run()));
        VerifyResult counted = verify(f, Mode.COUNT).run();
        assertTrue(counted.tables().get(0).differences().get(Difference.Kind.COUNT) > 0, counted.toString());

        VerifyResult printed = verify(f, Mode.CHECKSUM).repair(RepairMode.PRINT).run();
        String fixes = String.join("\n", printed.repairSql().values());
        assertTrue(fixes.contains("DELETE FROM") && fixes.contains("INSERT INTO"), fixes);
        assertEquals(expected, found(verify(f, Mode.CHECKSUM).run()), "printing repairs changes nothing");

        verify(f, Mode.CHECKSUM).repair(RepairMode.APPLY).run();
        VerifyResult after = verify(f, Mode.ROWS).run();
        assertTrue(after.equal(), after.toString());

        // a row only on the wrong physical table keeps the combined checksum; its table's share does not
        PhysicalTable wrong = f.otherThan(40);
        Object[] row = sourceRow(f, 40);
        f.onItem(40, "DELETE FROM %t WHERE id = 40");
        f.insert(wrong, row);
        assertEquals(Set.of("MISPLACED items id=40 @" + where(wrong)), found(verify(f, Mode.CHECKSUM).run()));
        assertEquals(Set.of("MISPLACED items id=40 @" + where(wrong)), found(verify(f, Mode.ROWS).run()));
        verify(f, Mode.ROWS).repair(RepairMode.APPLY).run();
        assertTrue(verify(f, Mode.ROWS).run().equal());
    }

    private static Verify verify(Fixture f, Mode mode) {
        return Verify.of(f.plan).mode(mode).rowsPerChunk(100).leafRows(8).restart(true);
    }

    private static Set<String> inject(Fixture f) throws SQLException {
        boolean mysql = f.shards.get(0).mysql();
        f.onItem(10, "DELETE FROM %t WHERE id = 10");
        f.onItem(100000, "INSERT INTO %t (id, name) VALUES (100000, 'ghost')");
        f.onItem(11, "UPDATE %t SET name = 'changed' WHERE id = 11");
        f.onItem(12, "UPDATE %t SET price = 12.26 WHERE id = 12");
        f.onItem(13, "UPDATE %t SET created = '2024-03-05 10:11:12.100' WHERE id = 13"); // source .100013
        f.onItem(14, "UPDATE %t SET day = '2024-02-06 00:00:01' WHERE id = 14");
        f.onItem(15, "UPDATE %t SET note = 'other' WHERE id = 15");
        f.onItem(16, "UPDATE %t SET data = " + (mysql ? "X'01'" : "'\\x01'::bytea") + " WHERE id = 16");
        f.onItem(17, "UPDATE %t SET code = 'zz' WHERE id = 17");
        PhysicalTable stray = f.otherThan(20);
        f.insert(stray, sourceRow(f, 20));
        // not differences: '' and NULL are one value (Oracle), scale and CHAR padding are not values
        f.source.exec("UPDATE items SET name = '' WHERE id = 30", "UPDATE items SET name = NULL WHERE id = 31",
                "UPDATE items SET price = 7.5 WHERE id = 32");
        f.onItem(30, "UPDATE %t SET name = NULL WHERE id = 30");
        f.onItem(31, "UPDATE %t SET name = '' WHERE id = 31");
        f.onItem(32, "UPDATE %t SET price = 7.50 WHERE id = 32");
        TableRoute orders = ShardRouter.of(f.plan).table("orders");
        PhysicalTable order5 = orders.route(5L * 7 % 50);
        f.shards.get(order5.shardIndex()).exec("DELETE FROM " + order5.tableName() + " WHERE id = 5");
        f.shards.get(1).exec("UPDATE countries SET name = 'Nippon' WHERE code = 'jp'");
        return Set.of("MISSING items id=10 @" + where(f.items.route(10L)),
                "EXTRA items id=100000 @" + where(f.items.route(100000L)),
                "DIFFERENT items id=11 @" + where(f.items.route(11L)) + " name: item 11 é😀 -> changed",
                "DIFFERENT items id=12 @" + where(f.items.route(12L)) + " price: 12.25 -> 12.26",
                "DIFFERENT items id=13 @" + where(f.items.route(13L))
                        + " created: 2024-03-05 10:11:12.100013 -> 2024-03-05 10:11:12.1",
                "DIFFERENT items id=14 @" + where(f.items.route(14L)) + " day: 2024-02-06 00:00:00 -> 2024-02-06 00:00:01",
                "DIFFERENT items id=15 @" + where(f.items.route(15L)) + " note: " + md5("note 15") + " -> " + md5("other"),
                "DIFFERENT items id=16 @" + where(f.items.route(16L)) + " data: " + md5Hex(new byte[] {0, -1}) + " -> "
                        + md5Hex(new byte[] {1}),
                "DIFFERENT items id=17 @" + where(f.items.route(17L)) + " code: c7 -> zz",
                "MISPLACED items id=20 @" + where(stray),
                "MISSING orders id=5 @" + where(order5),
                "DIFFERENT countries code=jp @s1.countries name: Japan -> Nippon");
    }

    private static Set<String> found(VerifyResult result) {
        assertTrue(result.tables().stream().allMatch(t -> t.error() == null), result.toString());
        return result.tables().stream().flatMap(t -> t.samples().stream()).map(d -> d.kind() + " " + d.table() + " "
                + d.key() + " @" + d.location() + d.columns().stream().map(c -> " " + c.name() + ": " + c.source()
                + " -> " + c.target()).collect(Collectors.joining(","))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String where(PhysicalTable t) {
        return t.shardName() + "." + t.tableName();
    }

    private static Object[] sourceRow(Fixture f, long id) throws SQLException {
        try (Connection c = f.source.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM items WHERE id = " + id)) {
            rs.next();
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        }
    }

    private static String md5(String text) {
        return md5Hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
