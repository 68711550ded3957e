package io.cutover.cdc.internal.apply;

import io.cutover.cdc.Db;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two fresh shard databases of one engine with ORDERS (hash on CUSTOMER_ID, 4 tables per shard), ITEMS
 * (mod on ID, 4 per shard) and COUNTRIES (broadcast), and the plan that maps them. The source is
 * irrelevant to the applier: changes are built directly.
 */
public final class ShardFixture {
    public final List<Db> shards = new ArrayList<>();
    public final MigrationPlan plan;
    final boolean mysql;

    public ShardFixture(SandboxCluster servers, Engine engine) {
        mysql = engine == Engine.MARIADB;
        List<DatabaseServer> of = servers.of(engine);
        StringBuilder yaml = new StringBuilder("name: applier\nsource: { type: oracle, jdbc-url: \"jdbc:oracle:thin:@//db:1521/X\","
                + " username: u, password: p, schema: APP }\ntarget:\n  dialect: " + (mysql ? "mariadb" : "postgresql")
                + "\n  shards:\n");
        for (int s = 0; s < 2; s++) {
            Db db = Db.create(of.get(s), "shard");
            shards.add(db);
            yaml.append(db.shardYaml("s" + s));
            for (int t = s * 4; t < s * 4 + 4; t++) {
                db.exec(ordersTable("orders_" + t), "CREATE TABLE items_" + t + " (id BIGINT PRIMARY KEY, name VARCHAR(100))");
            }
            db.exec("CREATE TABLE countries (code VARCHAR(2) NOT NULL, name VARCHAR(100), UNIQUE (code))");
        }
        yaml.append("tables:\n"
                + "  - { source: ORDERS, target: orders, shard-by: { column: CUSTOMER_ID, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: ITEMS, target: items, shard-by: { column: ID, algorithm: mod, tables-per-shard: 4 } }\n"
                + "  - { source: COUNTRIES, target: countries, broadcast: true }\n");
        plan = PlanLoader.load("applier.yaml", yaml.toString(), Path.of("."), k -> null);
    }

    private String ordersTable(String name) {
        return mysql
                ? "CREATE TABLE " + name + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note LONGTEXT,"
                        + " amount DECIMAL(38,10), created DATETIME(6), data LONGBLOB)"
                : "CREATE TABLE " + name + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT,"
                        + " amount NUMERIC(38,10), created TIMESTAMP(6), data BYTEA)";
    }

    /** Every row of a table over all physical tables: "physical table | col1 | col2 ..." sorted. */
    public List<String> dump(String table, int perShard) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < shards.size(); s++) {
            for (int t = 0; t < perShard; t++) {
                String physical = perShard == 1 ? table : table + "_" + (s * perShard + t);
                for (Object[] row : shards.get(s).rows("SELECT * FROM " + physical)) {
                    StringBuilder sb = new StringBuilder(physical);
                    for (Object v : row) {
                        sb.append(" | ").append(text(v));
                    }
                    out.add(sb.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    static String text(Object v) {
        if (v instanceof byte[] b) {
            return "0x" + java.util.HexFormat.of().formatHex(b);
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toString();
        }
        return String.valueOf(v);
    }
}
