package io.cutover.verify.results;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import io.cutover.rewrite.Rewriter;
import io.cutover.rewrite.Route;
import io.cutover.rewrite.StatementResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Double read of application queries: each SELECT runs on the source and, translated and routed by
 * {@link Rewriter} with the plan, on every shard target it routes to; the target rows are concatenated and
 * compared with {@link ResultComparator} (in order when the query has ORDER BY and runs on one target).
 *
 * <p>An Oracle source runs the statement as written. Any other source (a stand-in in tests and demos) runs the
 * statement translated to its own dialect by the same {@link Rewriter}, without routing: that compares the routing
 * and sharding, not Oracle semantics ({@link #sourceNote()}).
 *
 * <p>Bind values come from a {@code -- binds: customer_id=42, status='PAID'} comment among the statement's leading
 * comments ({@code 1=...} for {@code :1}); a statement with binds and no values for them is skipped.
 *
 * <pre>{@code
 * List<QueryResult> r = QueryCheck.of(plan).comparator(ResultComparator.builder().build()).run(script);
 * }</pre>
 */
public final class QueryCheck {
    private static final Pattern SELECT = Pattern.compile("^(SELECT|WITH)\\b", Pattern.CASE_INSENSITIVE);
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

    /** The dialect the source side is translated to, or null for an Oracle source (run as written). */
    public Dialect sourceDialect() {
        SourceType type = plan.source().type();
        return switch (type) {
            case ORACLE -> null;
            case POSTGRESQL -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
            case MYSQL -> Dialect.MYSQL;
        };
    }

    /** What the source side runs, for reports: null when it runs the Oracle SQL as written. */
    public String sourceNote() {
        Dialect d = sourceDialect();
        return d == null ? null : "source side translated to " + d.yamlName()
                + ": compares routing and sharding, not Oracle semantics";
    }

    /** Runs every statement of an Oracle SQL script (split on {@code ;} and {@code /}) on both sides. */
    public List<QueryResult> run(String script) {
        Rewriter rewriter = Rewriter.to(plan.target().dialect()).plan(plan).build();
        Dialect sourceDialect = sourceDialect();
        Rewriter toSource = sourceDialect == null ? null : Rewriter.to(sourceDialect).build();
        Map<String, HikariDataSource> shards = new HashMap<>();
        try (HikariDataSource source = Connections.pool(plan.source().endpoint(), "verify-queries", 2)) {
            for (Endpoint e : plan.target().shards()) {
                shards.put(e.name(), Connections.pool(e, "verify-queries", 2));
            }
            List<QueryResult> out = new ArrayList<>();
            for (StatementResult s : rewriter.rewrite(script).statements()) {
                out.add(one(s, out.size() + 1, rewriter, toSource, source, shards));
            }
            return out;
        } finally {
            shards.values().forEach(HikariDataSource::close);
        }
    }

    private QueryResult one(StatementResult s, int number, Rewriter rewriter, Rewriter toSource,
                            HikariDataSource source, Map<String, HikariDataSource> shards) {
        QueryText text = QueryText.of(s.source());
        Result r = new Result(number, text);
        if (!SELECT.matcher(text.body).find()) {
            return r.skipped("not a query: only SELECT statements are read twice");
        }
        String moving = text.nonDeterministic();
        if (moving != null) {
            return r.of(QueryResult.Outcome.NOT_COMPARABLE, moving, null, null, null);
        }
        if (!s.supported()) {
            return r.skipped("not translated: " + (s.issues().isEmpty() ? "" : s.issues().get(0).message()));
        }
        List<Object> values;
        try {
            values = values(s.binds(), text);
        } catch (IllegalArgumentException e) {
            return r.skipped(e.getMessage());
        }
        Route route = values.isEmpty() ? s.routing().route() : rewriter.route(s, values);
        if (route.kind() == Route.Kind.NOT_ROUTABLE || route.kind() == Route.Kind.BY_BINDS) {
            return r.of(QueryResult.Outcome.NOT_COMPARABLE, "not routable: " + String.join("; ", route.notes()),
                    route.summary(), null, null);
        }
        var perTable = PER_TABLE.matcher(QueryText.code(text.body));
        if (route.targets().size() > 1 && perTable.find()) {
            return r.of(QueryResult.Outcome.NOT_COMPARABLE, "runs on " + route.targets().size()
                    + " physical tables and " + perTable.group(1).toUpperCase(Locale.ROOT)
                    + " applies per table: the shards' rows cannot simply be concatenated", route.summary(), null, null);
        }
        String sourceSql = null;
        List<Object> sourceValues = values;
        if (toSource != null) {
            StatementResult t = toSource.rewriteStatement(text.body);
            if (!t.supported()) {
                return r.skipped("source side not translated: " + (t.issues().isEmpty() ? ""
                        : t.issues().get(0).message()));
            }
            sourceSql = t.translated();
            try {
                sourceValues = values(t.binds(), text);
            } catch (IllegalArgumentException e) {
                return r.skipped(e.getMessage());
            }
        }
        boolean ordered = route.targets().size() == 1 && ORDER_BY.matcher(QueryText.code(text.body)).find();
        try {
            List<List<Object>> expected = rows(source, sourceSql != null ? sourceSql : text.body, sourceValues);
            List<List<Object>> actual = new ArrayList<>();
            for (Route.Target t : route.targets()) {
                List<Object> params = new ArrayList<>(t.params().size());
                for (int p : t.params()) {
                    params.add(values.get(p));
                }
                actual.addAll(rows(shards.get(t.shard()), t.sql(), params));
            }
            Comparison c = comparator.compare(expected, actual, ordered);
            return r.of(c.equal() ? QueryResult.Outcome.EQUAL : QueryResult.Outcome.DIFFERENT, null, route.summary(),
                    sourceSql, c);
        } catch (SQLException e) {
            return r.of(QueryResult.Outcome.FAILED, e.getMessage() + " (SQLState " + e.getSQLState() + ")",
                    route.summary(), sourceSql, null);
        }
    }

    /** The values of the {@code ?} markers in order, from the statement's {@code -- binds:} comment. */
    private static List<Object> values(List<String> binds, QueryText text) {
        if (binds.isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        List<Object> out = new ArrayList<>(binds.size());
        for (String b : binds) {
            String key = b.toLowerCase(Locale.ROOT);
            if (text.binds == null || !text.binds.containsKey(key)) {
                if (!missing.contains(":" + b)) {
                    missing.add(":" + b);
                }
            } else {
                out.add(text.binds.get(key));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("binds without values: " + String.join(", ", missing)
                    + "; give them in a '-- binds: name=value, ...' comment before the statement");
        }
        return out;
    }

    private static List<List<Object>> rows(HikariDataSource db, String sql, List<Object> params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
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

    /**
     * Counts for people: {@code 32 statements: 20 compared (18 equal, 2 different), 3 not comparable (time 2,
     * ...), 0 failed, 9 skipped (not a query 7, binds without values 2)}.
     */
    public static String summary(List<QueryResult> results) {
        Map<QueryResult.Outcome, Integer> counts = new LinkedHashMap<>();
        for (QueryResult.Outcome o : QueryResult.Outcome.values()) {
            counts.put(o, 0);
        }
        Map<String, Integer> notComparable = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (QueryResult r : results) {
            counts.merge(r.outcome(), 1, Integer::sum);
            if (r.outcome() == QueryResult.Outcome.NOT_COMPARABLE) {
                notComparable.merge(kind(r.reason()), 1, Integer::sum);
            } else if (r.outcome() == QueryResult.Outcome.SKIPPED) {
                skipped.merge(kind(r.reason()), 1, Integer::sum);
            }
        }
        int equal = counts.get(QueryResult.Outcome.EQUAL);
        int different = counts.get(QueryResult.Outcome.DIFFERENT);
        return results.size() + " statements: " + (equal + different) + " compared (" + equal + " equal, " + different
                + " different), " + counts.get(QueryResult.Outcome.NOT_COMPARABLE) + " not comparable"
                + reasons(notComparable) + ", " + counts.get(QueryResult.Outcome.FAILED) + " failed, "
                + counts.get(QueryResult.Outcome.SKIPPED) + " skipped" + reasons(skipped);
    }

    private static String kind(String reason) {
        if (reason == null) {
            return "?";
        }
        if (reason.startsWith("runs on ")) {
            return "per-table operation on several tables";
        }
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    private static String reasons(Map<String, Integer> byKind) {
        if (byKind.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ", " (", ")");
        byKind.forEach((k, n) -> j.add(k + " " + n));
        return j.toString();
    }

    private record Result(int number, QueryText text) {
        QueryResult skipped(String reason) {
            return of(QueryResult.Outcome.SKIPPED, reason, null, null, null);
        }

        QueryResult of(QueryResult.Outcome outcome, String reason, String route, String sourceSql, Comparison c) {
            return new QueryResult(number, text.name, text.body, outcome, reason, route, sourceSql, c);
        }
    }
}
