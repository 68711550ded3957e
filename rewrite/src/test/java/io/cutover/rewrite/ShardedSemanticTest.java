package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs routed statements on two sandbox MariaDB shards ({@code routing/shop.yaml}: s0, s1) whose rows were
 * placed by routed INSERTs, and checks that the rows the targets return together equal what the unsharded
 * statement returns on one server holding all rows (database {@code ref}).
 */
@Servers(mariadb = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShardedSemanticTest {
    private static Rewriter rewriter;
    private static Connection reference;
    private static Map<String, Connection> shards;

    @BeforeAll
    static void load(SandboxCluster cluster) throws Exception {
        rewriter = Rewriter.to(Dialect.MARIADB).plan(RoutingGoldenTest.plan()).build();
        cluster.mariadb(0).createDatabase("ref");
        reference = connect(cluster.mariadb(0).jdbcUrl("ref"));
        shards = Map.of("s0", connect(cluster.mariadb(0).jdbcUrl()), "s1", connect(cluster.mariadb(1).jdbcUrl()));
        ShardRouter router = ShardRouter.of(RoutingGoldenTest.plan());
        String customers = " (customer_id BIGINT PRIMARY KEY, name VARCHAR(40), vip CHAR(1), country CHAR(2))";
        String orders = " (order_id BIGINT PRIMARY KEY, customer_id BIGINT, status VARCHAR(10), amount DECIMAL(10,2))";
        String countries = " (code CHAR(2) PRIMARY KEY, name VARCHAR(40))";
        execute(reference, "CREATE TABLE customers" + customers, "CREATE TABLE orders" + orders,
                "CREATE TABLE countries" + countries);
        for (PhysicalTable t : router.table("CUSTOMERS").all()) {
            execute(shards.get(t.shardName()), "CREATE TABLE " + t.tableName() + customers);
        }
        for (PhysicalTable t : router.table("ORDERS").all()) {
            execute(shards.get(t.shardName()), "CREATE TABLE " + t.tableName() + orders);
        }
        for (PhysicalTable t : router.table("COUNTRIES").all()) {
            execute(shards.get(t.shardName()), "CREATE TABLE " + t.tableName() + countries);
        }
        List<String> rows = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            rows.add("(" + c + ", 'cust" + c + "', '" + (c % 3 == 0 ? "Y" : "N") + "', '"
                    + List.of("DE", "FR", "NL").get(c % 3) + "')");
        }
        both("INSERT INTO customers (customer_id, name, vip, country) VALUES " + String.join(", ", rows), List.of());
        rows.clear();
        for (int o = 1; o <= 60; o++) {
            rows.add("(" + o + ", " + (o % 20 + 1) + ", " + (o % 4 == 0 ? "NULL" : "'" + (o % 2 == 0 ? "NEW" : "SENT")
                    + "'") + ", " + o + ".25)");
        }
        both("INSERT INTO orders (order_id, customer_id, status, amount) VALUES " + String.join(", ", rows), List.of());
        both("INSERT INTO countries (code, name) VALUES ('DE', 'Germany'), ('FR', 'France'), ('NL', 'Netherlands')",
                List.of());
    }

    @AfterAll
    static void close() throws SQLException {
        reference.close();
        for (Connection c : shards.values()) {
            c.close();
        }
    }

    @Test
    @Order(1)
    void rowsArePlacedWhereTheRouterSays() throws Exception {
        ShardRouter router = ShardRouter.of(RoutingGoldenTest.plan());
        for (PhysicalTable t : router.table("ORDERS").all()) {
            for (List<String> row : rows(shards.get(t.shardName()), "SELECT customer_id FROM " + t.tableName(),
                    List.of())) {
                assertEquals(t, router.table("ORDERS").route(Long.parseLong(row.get(0))));
            }
        }
    }

    @Test
    @Order(2)
    void queriesAnswerAsOnOneServer() throws SQLException {
        same("SELECT customer_id, name FROM customers WHERE customer_id = 7", List.of());
        same("SELECT order_id, status FROM orders WHERE customer_id IN (3, 4, 9)", List.of());
        same("SELECT c.name, o.order_id, o.amount FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
                + "WHERE c.customer_id = :id", List.of(12L));
        same("SELECT o.order_id, k.name FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
                + "JOIN countries k ON k.code = c.country WHERE o.customer_id IN (1, 2) OR o.customer_id = :x",
                List.of(17L));
        same("SELECT order_id FROM orders o WHERE o.customer_id = 6 AND EXISTS (SELECT 1 FROM customers c "
                + "WHERE c.customer_id = o.customer_id AND c.vip = 'Y')", List.of());
        same("SELECT order_id, NVL(status, '-') FROM orders WHERE status = 'NEW' OR status IS NULL", List.of());
        same("SELECT c.customer_id, COUNT(*), SUM(o.amount) FROM customers c, orders o "
                + "WHERE o.customer_id = c.customer_id GROUP BY c.customer_id", List.of());
        same("SELECT c.name FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.status = 'X' "
                + "WHERE o.order_id IS NULL AND c.customer_id BETWEEN :lo AND :hi", List.of(2L, 9L));
        same("SELECT order_id, status FROM orders WHERE customer_id IN (:a, 4) UNION ALL SELECT customer_id, name "
                + "FROM customers WHERE customer_id IN (4, :b) UNION ALL SELECT 0, name FROM countries", List.of(3L, 9L));
        same("SELECT customer_id FROM orders WHERE customer_id = 6 AND status = 'SENT' INTERSECT SELECT customer_id "
                + "FROM customers WHERE customer_id = :c", List.of(6L));
    }

    @Test
    @Order(3)
    void writesChangeTheSameRows() throws SQLException {
        both("UPDATE orders SET status = 'PAID' WHERE customer_id = :c AND amount > :a", List.of(3L, 10));
        both("DELETE FROM orders WHERE customer_id IN (:a, :b)", List.of(4L, 5L));
        both("INSERT INTO orders (order_id, customer_id, status, amount) VALUES (:o1, :c1, 'NEW', 1), "
                + "(:o2, :c2, 'NEW', 2)", List.of(100L, 8L, 101L, 9L));
        both("INSERT INTO orders (order_id, customer_id, status, amount) SELECT order_id + 1000, customer_id, 'COPY', "
                + "amount FROM orders WHERE customer_id IN (:a, :b)", List.of(6L, 11L));
        both("INSERT INTO orders (order_id, customer_id, status, amount) SELECT o.order_id + 2000, c.customer_id, "
                + "'VIP', o.amount FROM customers c JOIN orders o ON o.customer_id = c.customer_id WHERE c.vip = 'Y'",
                List.of());
        same("SELECT order_id, customer_id, status, amount FROM orders", List.of());
    }

    /** Runs the statement unsharded on the reference server and routed on the shards. */
    private static void both(String oracle, List<Object> binds) throws SQLException {
        StatementResult s = rewriter.rewriteStatement(oracle);
        update(reference, s.translated(), binds, allParams(binds));
        for (Route.Target t : routed(s, binds)) {
            update(shards.get(t.shard()), t.sql(), binds, t.params());
        }
    }

    private static void same(String oracle, List<Object> binds) throws SQLException {
        StatementResult s = rewriter.rewriteStatement(oracle);
        List<List<String>> expected = rows(reference, s.translated(), binds);
        List<List<String>> actual = new ArrayList<>();
        for (Route.Target t : routed(s, binds)) {
            actual.addAll(rows(shards.get(t.shard()), t.sql(), pick(binds, t.params())));
        }
        Comparator<List<String>> order = Comparator.comparing(Object::toString);
        expected.sort(order);
        actual.sort(order);
        assertNotEquals(0, expected.size(), "the reference answer of " + oracle + " is empty; pick a better case");
        assertEquals(expected, actual, oracle);
    }

    private static List<Route.Target> routed(StatementResult s, List<Object> binds) {
        Route r = rewriter.route(s, binds);
        assertNotEquals(Route.Kind.NOT_ROUTABLE, r.kind(), () -> s.source() + ": " + r.notes());
        assertNotEquals(Route.Kind.BY_BINDS, r.kind(), s.source());
        return r.targets();
    }

    private static List<Integer> allParams(List<Object> binds) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < binds.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static List<Object> pick(List<Object> binds, List<Integer> params) {
        return params.stream().map(binds::get).toList();
    }

    private static void update(Connection c, String sql, List<Object> binds, List<Integer> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> values = pick(binds, params);
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.executeUpdate();
        }
    }

    private static List<List<String>> rows(Connection c, String sql, List<Object> values) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "cutover", "cutover");
    }

    private static void execute(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
