package io.cutover.cdc.stream;

import io.cutover.cdc.Db;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A stream's source, two shards with ORDERS (hash on CUSTOMER_ID, 4 tables per shard), ITEMS (mod on ID,
 * 4 per shard) and COUNTRIES (broadcast), the state database, and the row-by-row comparison of source and
 * target.
 */
public final class Targets {
    public final Db source;
    public final List<Db> shards;
    public final Db state;
    public final MigrationPlan plan;
    public final String yaml;

    public Targets(Db source, String sourceType, List<Db> shards, String dialect, Db state) {
        this.source = source;
        this.shards = shards;
        this.state = state;
        boolean mysql = !dialect.equals("postgresql");
        StringBuilder y = new StringBuilder("name: e2e\nsource:\n  type: " + sourceType + "\n  jdbc-url: \"" + source.url()
                + "\"\n  username: " + source.user + "\n  password: " + source.password
                + "\n  schema: " + (sourceType.equals("postgresql") ? "public" : source.database)
                + "\ntarget:\n  dialect: " + dialect + "\n  shards:\n");
        for (int s = 0; s < shards.size(); s++) {
            Db db = shards.get(s);
            y.append(db.shardYaml("s" + s));
            for (int t = s * 4; t < s * 4 + 4; t++) {
                db.exec(mysql
                        ? "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note LONGTEXT,"
                                + " amount DECIMAL(38,10), created DATETIME(6), data LONGBLOB)"
                        : "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT,"
                                + " amount NUMERIC(38,10), created TIMESTAMP(6), data BYTEA)",
                        "CREATE TABLE items_" + t + " (id BIGINT PRIMARY KEY, name VARCHAR(100))");
            }
            db.exec("CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100))");
        }
        y.append("tables:\n"
                + "  - { source: orders, target: orders, shard-by: { column: customer_id, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: items, target: items, shard-by: { column: id, algorithm: mod, tables-per-shard: 4 } }\n"
                + "  - { source: countries, target: countries, broadcast: true }\n"
                + "stream:\n  state: { jdbc-url: \"" + state.url() + "\", username: " + state.user + ", password: "
                + state.password + " }\n  batch-size: 1000\n");
        yaml = y.toString();
        plan = PlanLoader.load("e2e.yaml", yaml, Path.of("."), k -> null);
    }

    public Endpoint stateEndpoint() {
        return new Endpoint("state", state.url(), state.user, Secret.of(state.password, null), SourceLocation.UNKNOWN);
    }

    /** Source rows of a table as text, sorted. */
    public List<String> sourceRows(String table) {
        List<String> out = new ArrayList<>();
        for (Object[] row : source.rows("SELECT * FROM " + table)) {
            out.add(text(row));
        }
        out.sort(null);
        return out;
    }

    /**
     * Target rows of a table as text, sorted, over every physical table; a row found outside the physical
     * table the router names for it is marked, so misplaced rows make the comparison fail.
     */
    public List<String> targetRows(String table, int perShard, int keyColumn) {
        TableRoute route = ShardRouter.of(plan).table(table);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < shards.size(); s++) {
            for (int t = 0; t < perShard; t++) {
                String physical = perShard == 1 ? table : table + "_" + (s * perShard + t);
                for (Object[] row : shards.get(s).rows("SELECT * FROM " + physical)) {
                    String expected = perShard == 1 ? physical : route.route(((Number) row[keyColumn]).longValue()).tableName();
                    out.add((expected.equals(physical) ? "" : "MISPLACED in " + physical + ": ") + text(row));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** True when every table's target rows equal the source rows. */
    public boolean converged() {
        return sourceRows("orders").equals(targetRows("orders", 4, 1))
                && sourceRows("items").equals(targetRows("items", 4, 0))
                && copies(sourceRows("countries")).equals(targetRows("countries", 1, 0));
    }

    private List<String> copies(List<String> rows) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < shards.size(); s++) {
            out.addAll(rows);
        }
        out.sort(null);
        return out;
    }

    static String text(Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (Object v : row) {
            sb.append(sb.length() == 0 ? "" : " | ");
            if (v instanceof byte[] b) {
                sb.append("0x").append(HexFormat.of().formatHex(b));
            } else if (v instanceof java.math.BigDecimal d) {
                sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            } else if (v instanceof java.sql.Timestamp t) {
                sb.append(t.toLocalDateTime());
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
