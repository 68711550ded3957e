package io.cutover.connect;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two fresh MariaDB shard databases with ORDERS hashed on CUSTOMER_ID over 4 tables per shard (id is the
 * primary key, so a changed customer moves the row), and the mapping file that maps a PostgreSQL source's
 * public.orders onto them. The shard password is a {@code ${env:SHARD_PASSWORD}} reference.
 */
final class Shards {
    static final String PASSWORD_VARIABLE = "SHARD_PASSWORD";
    final List<DatabaseServer> servers;
    final List<String> databases = new ArrayList<>();
    final String yaml;

    Shards(SandboxCluster cluster) {
        servers = List.of(cluster.mariadb(0), cluster.mariadb(1));
        StringBuilder y = new StringBuilder("name: shop\nsource: { type: postgresql, jdbc-url:"
                + " \"jdbc:postgresql://127.0.0.1:5432/shop\", username: cutover, password: \"${env:SOURCE_PASSWORD}\" }\n"
                + "target:\n  dialect: mariadb\n  shards:\n");
        for (int s = 0; s < 2; s++) {
            String db = "shard_" + Long.toString(System.nanoTime(), 36);
            servers.get(s).createDatabase(db);
            databases.add(db);
            for (int t = s * 4; t < s * 4 + 4; t++) {
                exec(s, "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note LONGTEXT)");
            }
            y.append("    - { name: s").append(s).append(", jdbc-url: \"").append(servers.get(s).jdbcUrl(db))
                    .append("\", username: ").append(servers.get(s).username())
                    .append(", password: \"${env:" + PASSWORD_VARIABLE + "}\" }\n");
        }
        y.append("tables:\n  - { source: ORDERS, target: orders, shard-by: { column: CUSTOMER_ID, algorithm: hash,"
                + " tables-per-shard: 4 } }\n");
        yaml = y.toString();
    }

    /** The sink settings for these shards, with the password through {@code cutover.env.*}. */
    Map<String, String> sinkProps() {
        Map<String, String> p = new HashMap<>();
        p.put(SinkConfig.MAPPING_YAML, yaml);
        p.put(SinkConfig.ENV_PREFIX + PASSWORD_VARIABLE, servers.get(0).password());
        p.put(SinkConfig.ENV_PREFIX + "SOURCE_PASSWORD", "unused");
        return p;
    }

    MigrationPlan plan() {
        return SinkConfig.parse(sinkProps()).plan();
    }

    /** The physical table the one router puts a customer's orders in, as "shard/table". */
    String home(long customer) {
        var t = ShardRouter.of(plan()).table("ORDERS").route(customer);
        return "s" + t.shardIndex() + "/" + t.tableName();
    }

    /** Every order on both shards as "shard/table id customer note", sorted. */
    List<String> dump() {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            for (int t = s * 4; t < s * 4 + 4; t++) {
                for (Object[] r : rows(s, "SELECT id, customer_id, note FROM orders_" + t)) {
                    out.add("s" + s + "/orders_" + t + " " + r[0] + " " + r[1] + " " + r[2]);
                }
            }
        }
        out.sort(null);
        return out;
    }

    void exec(int shard, String sql) {
        try (Connection c = connect(shard); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    List<Object[]> rows(int shard, String sql) {
        try (Connection c = connect(shard); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Object[]> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    private Connection connect(int shard) throws SQLException {
        DatabaseServer s = servers.get(shard);
        return DriverManager.getConnection(s.jdbcUrl(databases.get(shard)), s.username(), s.password());
    }
}
