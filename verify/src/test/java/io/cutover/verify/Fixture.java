package io.cutover.verify;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A source and two shards: ITEMS (mod on id, 2 tables per shard, every column type), ORDERS (hash on
 * customer_id, 2 per shard) and COUNTRIES (broadcast), with target types that differ from the source where
 * a migration changes them (DECIMAL scale, DATE to DATETIME). The target starts as an exact copy.
 */
final class Fixture {
    final Db source;
    final List<Db> shards;
    final MigrationPlan plan;
    final TableRoute items;

    Fixture(Db source, List<Db> shards, int items) {
        this.source = source;
        this.shards = shards;
        boolean pgSource = !source.mysql();
        source.exec(pgSource
                ? "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50), price NUMERIC(12,4), created TIMESTAMP(6),"
                        + " day DATE, note TEXT, data BYTEA, code CHAR(4))"
                : "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50), price DECIMAL(12,4), created DATETIME(6),"
                        + " day DATE, note LONGTEXT, data LONGBLOB, code CHAR(4)) CHARACTER SET utf8mb4",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, amount DECIMAL(14,2))",
                "CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(50))");
        StringBuilder yaml = new StringBuilder("name: verify_e2e\nsource: { type: " + (pgSource ? "postgresql" : "mariadb")
                + ", " + source.endpointYaml() + ", schema: " + (pgSource ? "public" : source.database) + " }\n"
                + "target:\n  dialect: " + (shards.get(0).mysql() ? "mariadb" : "postgresql") + "\n  shards:\n");
        for (int s = 0; s < shards.size(); s++) {
            Db db = shards.get(s);
            yaml.append("    - { name: s").append(s).append(", ").append(db.endpointYaml()).append(" }\n");
            for (int t = s * 2; t < s * 2 + 2; t++) {
                db.exec(db.mysql()
                        ? "CREATE TABLE items_" + t + " (id BIGINT PRIMARY KEY, name VARCHAR(50), price DECIMAL(12,2),"
                                + " created DATETIME(6), day DATETIME, note LONGTEXT, data LONGBLOB, code CHAR(4))"
                                + " CHARACTER SET utf8mb4"
                        : "CREATE TABLE items_" + t + " (id BIGINT PRIMARY KEY, name VARCHAR(50), price NUMERIC(12,2),"
                                + " created TIMESTAMP(6), day TIMESTAMP(0), note TEXT, data BYTEA, code CHAR(4))",
                        "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL,"
                                + " amount DECIMAL(14,2))");
            }
            db.exec("CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(50))");
        }
        yaml.append("tables:\n"
                + "  - { source: items, target: items, shard-by: { column: id, algorithm: mod, tables-per-shard: 2 } }\n"
                + "  - { source: orders, target: orders, shard-by: { column: customer_id, algorithm: hash,"
                + " tables-per-shard: 2 } }\n"
                + "  - { source: countries, target: countries, broadcast: true }\n");
        plan = PlanLoader.load("verify.yaml", yaml.toString(), Path.of("."), k -> null);
        this.items = ShardRouter.of(plan).table("items");
        fill(items);
    }

    private void fill(int rows) {
        String bytes = source.mysql() ? "X'00ff'" : "'\\x00ff'::bytea";
        source.exec("INSERT INTO items VALUES (-3, 'minus three', 1.5, '2024-01-01 00:00:00.5', '2024-01-01', 'n', "
                + bytes + ", 'ab')");
        StringBuilder sql = new StringBuilder("INSERT INTO items VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(").append(i).append(", 'item ").append(i).append(" é😀', ")
                    .append(i).append(".25, '2024-03-0").append(1 + i % 9).append(" 10:11:12.").append(100000 + i)
                    .append("', '2024-02-0").append(1 + i % 9).append("', 'note ").append(i).append("', ").append(bytes)
                    .append(", 'c").append(i % 10).append("')");
        }
        source.exec(sql.toString());
        StringBuilder orders = new StringBuilder("INSERT INTO orders VALUES ");
        for (int i = 0; i < 200; i++) {
            orders.append(i == 0 ? "" : ",").append("(").append(i).append(", ").append(i * 7 % 50).append(", ")
                    .append(i).append(".10)");
        }
        source.exec(orders.toString(), "INSERT INTO countries VALUES ('fr', 'France'), ('de', 'Germany'), ('jp', 'Japan')");
        copy("items", 0);
        copy("orders", 1);
        copy("countries", 0);
    }

    /** Copies a source table to its physical tables through the router, as a snapshot would. */
    void copy(String table, int shardKeyColumn) {
        TableRoute route = ShardRouter.of(plan).table(table);
        try (Connection c = source.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                for (PhysicalTable t : route.targets(new Object[] {row[shardKeyColumn]})) {
                    insert(t, row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void insert(PhysicalTable t, Object[] row) throws SQLException {
        try (Connection c = shards.get(t.shardIndex()).connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO " + t.tableName() + " VALUES ("
                     + "?,".repeat(row.length - 1) + "?)")) {
            for (int i = 0; i < row.length; i++) {
                p.setObject(i + 1, row[i]);
            }
            p.executeUpdate();
        }
    }

    /** Runs statements on the shard and physical table that holds items row {@code id}; {@code %t} is the table. */
    void onItem(long id, String... statements) {
        PhysicalTable t = items.route(id);
        String[] sql = new String[statements.length];
        for (int i = 0; i < sql.length; i++) {
            sql[i] = statements[i].replace("%t", t.tableName());
        }
        shards.get(t.shardIndex()).exec(sql);
    }

    /** A physical table of items that is not the home of {@code id}. */
    PhysicalTable otherThan(long id) {
        PhysicalTable home = items.route(id);
        return items.all().get((home.index() + 1) % items.all().size());
    }
}
