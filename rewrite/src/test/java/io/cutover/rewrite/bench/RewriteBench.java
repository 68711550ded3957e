package io.cutover.rewrite.bench;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.rewrite.Rewriter;
import io.cutover.rewrite.StatementResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: prints cold translation throughput (distinct statements) and cached lookup latency, then the
 * same with shard routing ({@code routing/shop.yaml}) and the latency of routing a cached statement with bind
 * values, as the traffic router does per execution. Baseline in the same run: Calcite's own parse +
 * toSqlString of the same statements, so the ratio shows what our pre-lexer and rules cost on top of
 * Calcite. Run from {@code rewrite/} with
 * {@code java -cp <test classpath> io.cutover.rewrite.bench.RewriteBench [statements]}.
 */
public final class RewriteBench {
    private static final String[] SHAPES = {
            "SELECT NVL(name, 'x') || '-' || status, DECODE(status, 'A', 1, 0) FROM emp WHERE emp_id = %d",
            "SELECT * FROM (SELECT * FROM emp WHERE dept_id = %d ORDER BY salary DESC) WHERE ROWNUM <= 10",
            "SELECT TO_CHAR(hire_date, 'YYYY-MM-DD'), hire_date + %d FROM emp WHERE SUBSTR(name, 1, 2) = 'Ab'",
            "UPDATE emp SET salary = salary * 1.1, end_date = SYSDATE WHERE emp_id = %d",
            "SELECT e.name, d.name FROM emp e JOIN dept d ON e.dept_id = d.dept_id WHERE e.emp_id = :id AND %d = 1"};

    private RewriteBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        List<String> warm = statements(5_000, 1_000_000);
        List<String> cold = statements(n, 0);
        Rewriter warmup = Rewriter.to(Dialect.MARIADB).build();
        warm.forEach(warmup::rewriteStatement);
        calcite(warm);

        long t0 = System.nanoTime();
        calcite(cold);
        double calcitePerSec = n / ((System.nanoTime() - t0) / 1e9);

        Rewriter rewriter = Rewriter.to(Dialect.MARIADB).cacheSize(n + 1).build();
        t0 = System.nanoTime();
        cold.forEach(rewriter::rewriteStatement);
        double ourPerSec = n / ((System.nanoTime() - t0) / 1e9);

        long[] lat = new long[200_000];
        for (int i = 0; i < lat.length; i++) {
            String s = cold.get(i % cold.size());
            long a = System.nanoTime();
            rewriter.rewriteStatement(s);
            lat[i] = System.nanoTime() - a;
        }
        System.out.printf("cold translation: %.0f distinct statements/s (Calcite parse+unparse only: %.0f/s, "
                + "ratio %.2f)%n", ourPerSec, calcitePerSec, ourPerSec / calcitePerSec);
        print("cached lookup", lat);

        MigrationPlan plan = PlanLoader.load(Path.of("src/test/resources/routing/shop.yaml"), name -> null);
        Rewriter routing = Rewriter.to(Dialect.MARIADB).plan(plan).cacheSize(n + 1).build();
        List<String> orders = cold.stream().map(s -> s.replace("emp", "orders")).toList();
        t0 = System.nanoTime();
        orders.forEach(routing::rewriteStatement);
        System.out.printf("cold translation with routing: %.0f distinct statements/s%n",
                n / ((System.nanoTime() - t0) / 1e9));
        StatementResult point = routing.rewriteStatement(
                "SELECT o.order_id, o.status FROM orders o WHERE o.customer_id = :c AND o.status = 'NEW'");
        StatementResult insert = routing.rewriteStatement(
                "INSERT INTO orders (order_id, customer_id, status) VALUES (:o1, :c1, 'NEW'), (:o2, :c2, 'NEW')");
        for (int i = 0; i < lat.length; i++) {
            List<Object> binds = List.of((long) i);
            long a = System.nanoTime();
            routing.route(point, binds);
            lat[i] = System.nanoTime() - a;
        }
        print("route point SELECT by bind", lat);
        for (int i = 0; i < lat.length; i++) {
            List<Object> binds = List.of((long) i, (long) i, (long) i + 1, (long) i + 1);
            long a = System.nanoTime();
            routing.route(insert, binds);
            lat[i] = System.nanoTime() - a;
        }
        print("route 2-row INSERT by binds", lat);
    }

    private static void print(String what, long[] lat) {
        Arrays.sort(lat);
        System.out.printf("%s: p50 %.2f us, p99 %.2f us (%d calls)%n", what, lat[lat.length / 2] / 1e3,
                lat[(int) (lat.length * 0.99)] / 1e3, lat.length);
    }

    private static List<String> statements(int n, int offset) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(String.format(SHAPES[i % SHAPES.length], i + offset));
        }
        return out;
    }

    private static void calcite(List<String> statements) throws Exception {
        var config = org.apache.calcite.sql.parser.SqlParser.config()
                .withParserFactory(org.apache.calcite.sql.parser.babel.SqlBabelParserImpl.FACTORY);
        for (String s : statements) {
            String plain = s.replace(":id", "?");
            org.apache.calcite.sql.parser.SqlParser.create(plain, config).parseStmt()
                    .toSqlString(org.apache.calcite.sql.dialect.MysqlSqlDialect.DEFAULT).getSql();
        }
    }
}
