package io.cutover.cdc.internal.engine;

import io.cutover.cdc.StreamOptions;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Source;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.plan.Placement;
import java.net.URI;
import java.util.Locale;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The Debezium engine configuration of a stream, built from the mapping file: the connector for the source
 * type, the mapped tables, offsets and schema history in the user's state database (JDBC storage, never a
 * file), source column types propagated into row schemas, transaction metadata on (it gives each event its order in its transaction, see
 * {@link io.cutover.mappings.position.Position}), truncates delivered, a fixed LOB placeholder, and the
 * {@link SourceHeartbeat} when the plan asks for one.
 * The user's raw {@code debezium.*} properties are applied last.
 */
public final class ConnectorProperties {
    public static final String PLACEHOLDER = "__debezium_unavailable_value";
    static final String OFFSETS_TABLE = "cutover_debezium_offsets";
    static final String HISTORY_TABLE = "cutover_debezium_history";

    private ConnectorProperties() {
    }

    public static Properties build(MigrationPlan plan, StreamOptions options) {
        Source source = plan.source();
        Endpoint endpoint = source.endpoint();
        String job = job(plan);
        Properties p = new Properties();
        p.setProperty("name", "cutover-" + job);
        p.setProperty("topic.prefix", topicPrefix(plan));
        p.setProperty("database.user", endpoint.username());
        p.setProperty("database.password", endpoint.password().reveal());
        p.setProperty("provide.transaction.metadata", "true");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("skipped.operations", "none");
        p.setProperty("unavailable.value.placeholder", PLACEHOLDER);
        p.setProperty("decimal.handling.mode", "precise");
        p.setProperty("binary.handling.mode", "bytes");
        // ISO-8601 text keeps an interval's months; numeric (MicroDuration) counts a month as 30.4375 days
        p.setProperty("interval.handling.mode", "string");
        p.setProperty("snapshot.mode", "initial");
        p.setProperty("column.propagate.source.type", ".*"); // source types of new columns, for on-ddl: apply
        p.setProperty("max.batch.size", Integer.toString(options.batchSize()));
        p.setProperty("max.queue.size", Integer.toString(options.batchSize() * 4));
        p.setProperty("offset.flush.interval.ms", "1000");
        p.setProperty("errors.max.retries", "-1");
        state(p, options.requireState());
        switch (source.type()) {
            case POSTGRESQL -> postgres(p, plan, endpoint, job);
            case MARIADB, MYSQL -> binlog(p, plan, endpoint, job);
            case ORACLE -> oracle(p, plan, endpoint);
        }
        if (options.heartbeatSeconds() > 0) {
            SourceHeartbeat.configure(p, plan, options.heartbeatSeconds());
        }
        p.putAll(options.debezium());
        return p;
    }

    /** The source schema (MySQL family: database) whose tables the stream captures. */
    static String sourceSchema(MigrationPlan plan) {
        return switch (plan.source().type()) {
            case POSTGRESQL -> schema(plan, "public");
            case MARIADB, MYSQL -> schema(plan, uri(plan.source().endpoint()).getPath().substring(1));
            case ORACLE -> plan.source().schema();
        };
    }

    /** Debezium's {@code topic.prefix} of the plan's stream: names its metrics, never its topics (no Kafka). */
    public static String topicPrefix(MigrationPlan plan) {
        return "cutover_" + job(plan);
    }

    private static String job(MigrationPlan plan) {
        return plan.name().replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }

    private static void state(Properties p, Endpoint state) {
        String url = stateUrl(state.jdbcUrl());
        p.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
        p.setProperty("offset.storage.jdbc.connection.url", url);
        p.setProperty("offset.storage.jdbc.connection.user", state.username());
        p.setProperty("offset.storage.jdbc.connection.password", state.password().reveal());
        p.setProperty("offset.storage.jdbc.table.name", OFFSETS_TABLE);
        p.setProperty("schema.history.internal", "io.debezium.storage.jdbc.history.JdbcSchemaHistory");
        p.setProperty("schema.history.internal.jdbc.connection.url", url);
        p.setProperty("schema.history.internal.jdbc.connection.user", state.username());
        p.setProperty("schema.history.internal.jdbc.connection.password", state.password().reveal());
        p.setProperty("schema.history.internal.jdbc.table.name", HISTORY_TABLE);
        if (!state.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // the default VARCHAR(65000) exceeds a MySQL-family row
            p.setProperty("schema.history.internal.jdbc.table.ddl", "CREATE TABLE %s (id VARCHAR(36) NOT NULL,"
                    + " history_data MEDIUMTEXT, history_data_seq INTEGER, record_insert_ts TIMESTAMP NOT NULL,"
                    + " record_insert_seq INTEGER NOT NULL, PRIMARY KEY (id, history_data_seq))");
        }
    }

    /**
     * Debezium looks its tables up with {@code getTables(null, null, name)}; the MySQL-family drivers then search
     * every database on the server, so a state table of another job there makes it skip creating its own and
     * retry reading a missing table forever. {@code nullDatabaseMeansCurrent} limits the lookup to the URL's database.
     */
    static String stateUrl(String url) {
        if (!(url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) || url.contains("nullDatabaseMeansCurrent")) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? "?" : "&") + "nullDatabaseMeansCurrent=true";
    }

    private static void postgres(Properties p, MigrationPlan plan, Endpoint endpoint, String job) {
        URI uri = uri(endpoint);
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("database.hostname", uri.getHost());
        p.setProperty("database.port", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        p.setProperty("database.dbname", uri.getPath().substring(1));
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", "cutover_" + job);
        p.setProperty("publication.name", "cutover_" + job);
        p.setProperty("publication.autocreate.mode", "filtered");
        p.setProperty("table.include.list", tables(plan, sourceSchema(plan)));
    }

    private static void binlog(Properties p, MigrationPlan plan, Endpoint endpoint, String job) {
        URI uri = uri(endpoint);
        boolean mariadb = plan.source().type() == io.cutover.mappings.plan.SourceType.MARIADB;
        p.setProperty("connector.class", mariadb ? "io.debezium.connector.mariadb.MariaDbConnector"
                : "io.debezium.connector.mysql.MySqlConnector");
        p.setProperty("database.hostname", uri.getHost());
        p.setProperty("database.port", Integer.toString(uri.getPort() < 0 ? 3306 : uri.getPort()));
        String database = sourceSchema(plan);
        p.setProperty("database.include.list", database);
        p.setProperty("table.include.list", tables(plan, database));
        // a stable replica id per job, away from the small ids servers usually have
        p.setProperty("database.server.id", Long.toString(5_400_000L + (job.hashCode() & 0xFFFFF)));
        p.setProperty("include.schema.changes", "true");
        p.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
    }

    private static void oracle(Properties p, MigrationPlan plan, Endpoint endpoint) {
        p.setProperty("connector.class", "io.debezium.connector.oracle.OracleConnector");
        p.setProperty("database.url", endpoint.jdbcUrl());
        p.setProperty("database.dbname", oracleService(endpoint.jdbcUrl()));
        p.setProperty("connection.adapter", "logminer");
        p.setProperty("log.mining.strategy", "online_catalog");
        p.setProperty("lob.enabled", "true");
        p.setProperty("schema.include.list", plan.source().schema());
        p.setProperty("table.include.list", tables(plan, sourceSchema(plan)));
        p.setProperty("include.schema.changes", "true");
        p.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
    }

    private static String tables(MigrationPlan plan, String schema) {
        StringJoiner list = new StringJoiner(",");
        for (TableMapping t : plan.tables()) {
            if (t.placement() != Placement.EXCLUDED) {
                list.add(quote(schema) + "\\." + quote(t.source()));
            }
        }
        return list.toString();
    }

    static String quote(String name) {
        return name.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }

    private static String schema(MigrationPlan plan, String fallback) {
        String s = plan.source().schema();
        return s == null || s.isBlank() ? fallback : s;
    }

    private static URI uri(Endpoint endpoint) {
        String url = endpoint.jdbcUrl();
        int scheme = url.indexOf("://");
        if (!url.startsWith("jdbc:") || scheme < 0) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "source " + endpoint.name() + ": cannot read host,"
                    + " port and database from JDBC URL " + JdbcUrls.redact(url));
        }
        return URI.create("db" + url.substring(scheme));
    }

    /** The service (or SID) an Oracle thin URL connects to: what Debezium calls {@code database.dbname}. */
    static String oracleService(String url) {
        String tail = url.substring(url.indexOf('@') + 1);
        int service = tail.lastIndexOf('/');
        if (service >= 0) {
            String s = tail.substring(service + 1);
            int q = s.indexOf('?');
            return (q < 0 ? s : s.substring(0, q)).toUpperCase(Locale.ROOT);
        }
        String[] parts = tail.split(":");
        return parts[parts.length - 1].toUpperCase(Locale.ROOT);
    }
}
