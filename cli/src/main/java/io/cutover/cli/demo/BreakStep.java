package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.verify.Difference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * Breaks the target on purpose, as a lost update, a lost row and a misrouted write would: changes a customer's
 * name on its shard, deletes an order line, and moves an order to a physical table on the other shard.
 */
final class BreakStep implements DemoStep {
    @Override
    public String name() {
        return "break";
    }

    @Override
    public StepResult run(DemoContext context) throws SQLException {
        ShardRouter router = ShardRouter.of(context.plan());
        ChangeStatements sql = ChangeStatements.of(context.plan().target().dialect());
        List<Injected> done = new ArrayList<>();
        try (Connection source = context.sourcePool().getConnection()) {
            long customer = first(source, "SELECT customer_id FROM customers ORDER BY customer_id")[0];
            PhysicalTable customerHome = router.table("customers").route(new Object[] {customer});
            update(context, customerHome, "UPDATE " + sql.quote(customerHome.tableName()) + " SET full_name = 'Changed on the shard'"
                    + " WHERE customer_id = ?", customer);
            done.add(new Injected(Difference.Kind.DIFFERENT, "customers", "customer_id=" + customer, at(customerHome),
                    at(customerHome), "changed the full_name of customer " + customer));

            long[] item = first(source, "SELECT order_id, line_no, customer_id FROM order_items ORDER BY order_id, line_no");
            PhysicalTable lineHome = router.table("order_items").route(new Object[] {item[2]});
            update(context, lineHome, "DELETE FROM " + sql.quote(lineHome.tableName()) + " WHERE order_id = ? AND line_no = ?",
                    item[0], item[1]);
            done.add(new Injected(Difference.Kind.MISSING, "order_items", "order_id=" + item[0] + ", line_no=" + item[1],
                    at(lineHome), at(lineHome), "deleted line " + item[1] + " of order " + item[0]));

            long[] order = first(source, "SELECT order_id, customer_id FROM orders ORDER BY order_id DESC");
            PhysicalTable home = router.table("orders").route(new Object[] {order[1]});
            PhysicalTable wrong = router.table("orders").all().stream()
                    .filter(t -> !t.shardName().equals(home.shardName())).findFirst().orElseThrow();
            move(context, home, wrong, sql, order[0]);
            done.add(new Injected(Difference.Kind.MISPLACED, "orders", "order_id=" + order[0], at(home), at(wrong),
                    "moved order " + order[0] + " from " + at(home) + " to " + at(wrong)));
        }
        StringJoiner line = new StringJoiner("; ");
        for (Injected i : done) {
            context.injected(i);
            line.add(i.what());
        }
        return StepResult.ok(line.toString(), figures("injected", done));
    }

    private static String at(PhysicalTable t) {
        return t.shardName() + "." + t.tableName();
    }

    private static long[] first(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query + " LIMIT 1")) {
            if (!rs.next()) {
                throw new SQLException("no row for: " + query);
            }
            long[] row = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getLong(i + 1);
            }
            return row;
        }
    }

    private static void update(DemoContext context, PhysicalTable table, String statement, long... keys)
            throws SQLException {
        try (Connection c = context.shardPool(table.shardName()).getConnection()) {
            changeOne(c, statement, keys);
        }
    }

    /** Copies the order's row to {@code to}, on another shard, then deletes it at home: a write the router misrouted. */
    private static void move(DemoContext context, PhysicalTable from, PhysicalTable to, ChangeStatements sql, long orderId)
            throws SQLException {
        try (Connection home = context.shardPool(from.shardName()).getConnection();
             Connection other = context.shardPool(to.shardName()).getConnection()) {
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            try (PreparedStatement s = home.prepareStatement("SELECT * FROM " + sql.quote(from.tableName())
                    + " WHERE order_id = ?")) {
                s.setLong(1, orderId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("order " + orderId + " is not in " + at(from));
                    }
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(sql.quote(meta.getColumnName(i)));
                        values.add(rs.getObject(i));
                    }
                }
            }
            try (PreparedStatement s = other.prepareStatement("INSERT INTO " + sql.quote(to.tableName()) + " ("
                    + String.join(", ", columns) + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?"))
                    + ")")) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                s.executeUpdate();
            }
            changeOne(home, "DELETE FROM " + sql.quote(from.tableName()) + " WHERE order_id = ?", orderId);
        }
    }

    private static void changeOne(Connection c, String statement, long... keys) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < keys.length; i++) {
                s.setLong(i + 1, keys[i]);
            }
            if (s.executeUpdate() != 1) {
                throw new SQLException("expected one row changed by: " + statement);
            }
        }
    }
}
