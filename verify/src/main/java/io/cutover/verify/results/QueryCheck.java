package io.cutover.verify.results;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.rewrite.Rewriter;
import io.cutover.rewrite.Route;
import io.cutover.rewrite.StatementResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Double read of application queries: each SELECT runs on the source as written and, translated and routed by
 * {@link Rewriter} with the plan, on every shard target it routes to; the target rows are concatenated and
 * compared with {@link ResultComparator} (in order when the query has ORDER BY and runs on one target).
 *
 * <pre>{@code
 * List<QueryResult> r = QueryCheck.of(plan).comparator(ResultComparator.builder().build()).run(script);
 * }</pre>
 */
public final class QueryCheck {
    private static final Pattern SELECT = Pattern.compile("^\\s*(SELECT|WITH)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDER_BY = Pattern.compile("\\bORDER\\s+BY\\b", Pattern.CASE_INSENSITIVE);
    // on several targets these apply per physical table; a name that only looks like one errs on the safe side
    private static final Pattern PER_TABLE = Pattern.compile("\\b(ORDER\\s+BY|GROUP\\s+BY|DISTINCT|UNIQUE|ROWNUM|FETCH"
            + "|LIMIT|OFFSET|COUNT|SUM|AVG|MIN|MAX|LISTAGG|UNION|INTERSECT|MINUS|EXCEPT|OVER)\\b",
            Pattern.CASE_INSENSITIVE);

    private final MigrationPlan plan;
    private ResultComparator comparator = ResultComparator.builder().build();

    private QueryCheck(MigrationPlan plan) {
        this.plan = plan;
    }

    public static QueryCheck of(MigrationPlan plan) {
        return new QueryCheck(plan);
    }

    public QueryCheck comparator(ResultComparator c) {
        this.comparator = c;
        return this;
    }

    /** Runs every statement of an Oracle SQL script (split on {@code ;} and {@code /}) on both sides. */
    public List<QueryResult> run(String script) {
        Rewriter rewriter = Rewriter.to(plan.target().dialect()).plan(plan).build();
        Map<String, HikariDataSource> shards = new HashMap<>();
        try (HikariDataSource source = Connections.pool(plan.source().endpoint(), "verify-queries", 2)) {
            for (Endpoint e : plan.target().shards()) {
                shards.put(e.name(), Connections.pool(e, "verify-queries", 2));
            }
            List<QueryResult> out = new ArrayList<>();
            for (StatementResult s : rewriter.rewrite(script).statements()) {
                out.add(one(s, out.size() + 1, source, shards));
            }
            return out;
        } finally {
            shards.values().forEach(HikariDataSource::close);
        }
    }

    private QueryResult one(StatementResult s, int line, HikariDataSource source,
                            Map<String, HikariDataSource> shards) {
        if (!SELECT.matcher(s.source()).find()) {
            return skipped(s, line, "not a query: only SELECT statements are read twice");
        }
        if (!s.supported()) {
            return skipped(s, line, "not translated: " + (s.issues().isEmpty() ? "" : s.issues().get(0).message()));
        }
        if (!s.binds().isEmpty()) {
            return skipped(s, line, "has bind variables; give it literal values to read it twice");
        }
        Route route = s.routing().route();
        if (route.kind() == Route.Kind.NOT_ROUTABLE) {
            return new QueryResult(line, s.source(), QueryResult.Outcome.NOT_COMPARABLE,
                    String.join("; ", route.notes()), route.summary(), null);
        }
        var perTable = PER_TABLE.matcher(s.source());
        if (route.targets().size() > 1 && perTable.find()) {
            return new QueryResult(line, s.source(), QueryResult.Outcome.NOT_COMPARABLE, "runs on "
                    + route.targets().size() + " physical tables and " + perTable.group(1).toUpperCase(Locale.ROOT)
                    + " applies per table: the shards' rows cannot simply be concatenated", route.summary(), null);
        }
        boolean ordered = route.targets().size() == 1 && ORDER_BY.matcher(s.source()).find();
        try {
            List<List<Object>> expected = rows(source, s.source());
            List<List<Object>> actual = new ArrayList<>();
            for (Route.Target t : route.targets()) {
                actual.addAll(rows(shards.get(t.shard()), t.sql()));
            }
            Comparison c = comparator.compare(expected, actual, ordered);
            return new QueryResult(line, s.source(), c.equal() ? QueryResult.Outcome.EQUAL
                    : QueryResult.Outcome.DIFFERENT, null, route.summary(), c);
        } catch (SQLException e) {
            return new QueryResult(line, s.source(), QueryResult.Outcome.FAILED, e.getMessage() + " (SQLState "
                    + e.getSQLState() + ")", route.summary(), null);
        }
    }

    private static QueryResult skipped(StatementResult s, int line, String reason) {
        return new QueryResult(line, s.source(), QueryResult.Outcome.SKIPPED, reason, null, null);
    }

    private static List<List<Object>> rows(HikariDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
