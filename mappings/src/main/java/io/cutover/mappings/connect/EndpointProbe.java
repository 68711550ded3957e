package io.cutover.mappings.connect;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.MigrationPlan;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Opens each endpoint of a plan once and reports whether it is reachable and what runs there. */
public final class EndpointProbe {
    private EndpointProbe() {
    }

    /** The source first, then every shard in plan order. */
    public static List<EndpointCheck> probeAll(MigrationPlan plan) {
        List<EndpointCheck> checks = new ArrayList<>();
        checks.add(probe(plan.source().endpoint()));
        for (Endpoint shard : plan.target().shards()) {
            checks.add(probe(shard));
        }
        return checks;
    }

    public static EndpointCheck probe(Endpoint endpoint) {
        String url = JdbcUrls.redact(endpoint.jdbcUrl());
        long start = System.nanoTime();
        try (HikariDataSource pool = Connections.eagerPool(endpoint, "probe");
             Connection connection = pool.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            return new EndpointCheck(endpoint.name(), url, true, product, elapsedMillis(start), null);
        } catch (SQLException | RuntimeException e) {
            return new EndpointCheck(endpoint.name(), url, false, null, elapsedMillis(start), describe(e, endpoint));
        }
    }

    /** SQLState, vendor code and the root message, with the endpoint's password scrubbed just in case. */
    public static String describe(Throwable e, Endpoint endpoint) {
        SQLException deepestSql = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                deepestSql = s;
            }
            root = t;
        }
        StringBuilder text = new StringBuilder();
        if (deepestSql != null) {
            text.append("SQLState ").append(deepestSql.getSQLState())
                .append(", code ").append(deepestSql.getErrorCode()).append(": ");
        }
        text.append(root.getMessage() != null ? root.getMessage().strip() : root.getClass().getSimpleName());
        String password = endpoint.password().reveal();
        String result = text.toString();
        return password.isEmpty() ? result : result.replace(password, "****");
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
