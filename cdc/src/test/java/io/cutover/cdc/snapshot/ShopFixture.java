package io.cutover.cdc.snapshot;

import io.cutover.cdc.Db;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A MariaDB source and two MariaDB shards with 4 physical tables per sharded table: EVENTS (composite key
 * (acct, seq), acct from -50 to 50, mod on acct), USERS (string key, hash), ORDERS (hash on customer_id, which
 * is not the key), EMPTY_T (broadcast, no rows) and BLOBS (on shard s1, one 10 MB row); the target EVENTS tables
 * have a secondary index, which {@code --defer-indexes} sets aside; the row-by-row
 * comparison of source and target, with misplaced rows marked.
 */
final class ShopFixture {
    static final String[] TABLES = {"events", "users", "orders", "empty_t", "blobs"};
    private static final String[] COLUMNS = {"acct, seq, amount, note", "code, name", "id, customer_id, total", "id, v",
        "id, data"};
    final Db source;
    final List<Db> shards;
    final MigrationPlan plan;
    final String yaml;

    ShopFixture(Db source, List<Db> shards, Db state, int eventRows) {
        this.source = source;
        this.shards = shards;
        source.exec("CREATE TABLE events (acct BIGINT NOT NULL, seq INT NOT NULL, amount DECIMAL(18,2), note VARCHAR(100),"
                        + " PRIMARY KEY (acct, seq))",
                "CREATE TABLE users (code VARCHAR(20) COLLATE utf8mb4_bin PRIMARY KEY, name VARCHAR(100))",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total DECIMAL(12,2))",
                "CREATE TABLE empty_t (id INT PRIMARY KEY, v VARCHAR(10))",
                "CREATE TABLE blobs (id INT PRIMARY KEY, data LONGBLOB)",
                "INSERT INTO events SELECT CAST(MOD(seq, 101) AS SIGNED) - 50, seq, seq / 100, CONCAT('n', seq) FROM seq_1_to_" + eventRows,
                "INSERT INTO users SELECT CONCAT('u', seq), CONCAT('name ', seq) FROM seq_1_to_1000",
                "INSERT INTO users VALUES ('A', 'upper'), ('a', 'lower'), ('Z9', 'z'), ('ü', 'umlaut'), ('0', 'zero')",
                "INSERT INTO orders SELECT CAST(seq AS SIGNED) - 100, CAST(MOD(seq, 37) AS SIGNED) - 5, seq FROM seq_1_to_5000",
                "INSERT INTO blobs VALUES (-1, 'small'), (0, NULL)");
        byte[] big = new byte[10 << 20];
        new Random(3).nextBytes(big);
        try (Connection c = source.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO blobs VALUES (7, ?)")) {
            p.setBytes(1, big);
            p.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder y = new StringBuilder("name: shop\nsource:\n  type: mariadb\n  jdbc-url: \"" + source.url()
                + "\"\n  username: " + source.user + "\n  password: " + source.password + "\n  schema: " + source.database
                + "\ntarget:\n  dialect: mariadb\n  shards:\n");
        for (int s = 0; s < shards.size(); s++) {
            Db db = shards.get(s);
            y.append(db.shardYaml("s" + s));
            for (int t = s * 4; t < s * 4 + 4; t++) {
                db.exec("CREATE TABLE events_" + t + " (acct BIGINT NOT NULL, seq INT NOT NULL, amount DECIMAL(18,2),"
                                + " note VARCHAR(100), PRIMARY KEY (acct, seq), KEY ix_events_note (note, amount))",
                        "CREATE TABLE users_" + t + " (code VARCHAR(20) COLLATE utf8mb4_bin PRIMARY KEY, name VARCHAR(100))",
                        "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total DECIMAL(12,2))");
            }
            db.exec("CREATE TABLE empty_t (id INT PRIMARY KEY, v VARCHAR(10))");
            if (s == 1) {
                db.exec("CREATE TABLE blobs (id INT PRIMARY KEY, data LONGBLOB)");
            }
        }
        y.append("tables:\n"
                + "  - { source: events, shard-by: { column: acct, algorithm: mod, tables-per-shard: 4 } }\n"
                + "  - { source: users, shard-by: { column: code, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: orders, shard-by: { column: customer_id, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: empty_t, broadcast: true }\n"
                + "  - { source: blobs, shard: s1 }\n"
                + "stream:\n  state: { jdbc-url: \"" + state.url() + "\", username: " + state.user + ", password: "
                + state.password + " }\n  batch-size: 2000\n");
        yaml = y.toString();
        plan = PlanLoader.load("shop.yaml", yaml, Path.of("."), k -> null);
    }

    /** Source rows of a table as text, sorted; a broadcast table once per shard. */
    List<String> sourceRows(String table) {
        List<String> rows = new ArrayList<>();
        int copies = table.equals("empty_t") ? shards.size() : 1;
        for (int i = 0; i < copies; i++) {
            for (Object[] row : source.rows("SELECT * FROM " + table)) {
                rows.add(text(row));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Target rows over every physical table, sorted; a row outside the table the router names is marked. */
    List<String> targetRows(String table) {
        TableRoute route = ShardRouter.of(plan).table(table);
        List<String> rows = new ArrayList<>();
        for (PhysicalTable t : route.all()) {
            for (Object[] row : shards.get(t.shardIndex()).rows("SELECT * FROM " + t.tableName())) {
                boolean placed = route.keyColumns().isEmpty()
                        || route.targets(new Object[] {row[table.equals("orders") ? 1 : 0]}).contains(t);
                rows.add((placed ? "" : "MISPLACED in " + t.tableName() + ": ") + text(row));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Whether every physical EVENTS table has its secondary index. */
    boolean eventIndexesExist() {
        for (PhysicalTable t : ShardRouter.of(plan).table("events").all()) {
            if (!shards.get(t.shardIndex()).rows("SHOW CREATE TABLE " + t.tableName()).get(0)[1].toString()
                    .contains("KEY `ix_events_note` (`note`,`amount`)")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every table's row count and sum of row checksums (computed by the databases) agree between source
     * and target: cheap enough to poll on 1M rows; the row-by-row comparison then confirms.
     */
    boolean checksumsAgree() {
        for (int i = 0; i < TABLES.length; i++) {
            String sum = "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', " + COLUMNS[i] + "))), 0) FROM ";
            Object[] source = this.source.rows(sum + TABLES[i]).get(0);
            long count = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (PhysicalTable t : ShardRouter.of(plan).table(TABLES[i]).all()) {
                Object[] target = shards.get(t.shardIndex()).rows(sum + t.tableName()).get(0);
                count += ((Number) target[0]).longValue();
                total = total.add(new BigDecimal(target[1].toString()));
            }
            int copies = TABLES[i].equals("empty_t") ? shards.size() : 1;
            if (count != copies * ((Number) source[0]).longValue()
                    || total.compareTo(new BigDecimal(source[1].toString()).multiply(BigDecimal.valueOf(copies))) != 0) {
                return false;
            }
        }
        return true;
    }

    static String text(Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (Object v : row) {
            sb.append(sb.length() == 0 ? "" : " | ");
            if (v instanceof byte[] b) {
                sb.append("0x").append(b.length > 64 ? b.length + ":" + java.util.Arrays.hashCode(b) : HexFormat.of().formatHex(b));
            } else if (v instanceof java.math.BigDecimal d) {
                sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
