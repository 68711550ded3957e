package io.cutover.mappings.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.plan.Endpoint;

/** Opens connection pools to the endpoints of a plan. Every Cutover pool is made here. */
public final class Connections {
    private Connections() {
    }

    /**
     * A pool for one endpoint. The pool is lazy: it connects on first use, so a bad endpoint fails
     * where it is used, with its name, not while the pool is built.
     */
    public static HikariDataSource pool(Endpoint endpoint, String purpose, int maxSize) {
        return new HikariDataSource(config(endpoint, purpose, maxSize));
    }

    /** A pool that opens its first connection at once and fails fast, without retrying, when it cannot. */
    static HikariDataSource eagerPool(Endpoint endpoint, String purpose) {
        HikariConfig config = config(endpoint, purpose, 1);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static HikariConfig config(Endpoint endpoint, String purpose, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cutover-" + purpose + "-" + endpoint.name());
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setUsername(endpoint.username());
        config.setPassword(endpoint.password().reveal());
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        return config;
    }
}
