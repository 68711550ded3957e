package io.cutover.cdc.internal.engine;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.plan.StreamSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The source heartbeat ({@code stream.heartbeat-seconds}): table {@code cutover_heartbeat} on the source, one row
 * per job, which Debezium's {@code heartbeat.action.query} rewrites every N seconds. Its changes are captured like
 * any other and reach every shard as a position (a marker {@code Change}), so the lag of an idle source stays
 * within N seconds instead of growing, and a shard's stored position passes the source's current one.
 */
public final class SourceHeartbeat {
    public static final String TABLE = StreamSettings.HEARTBEAT_TABLE;
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private SourceHeartbeat() {
    }

    /** True for the heartbeat table's name as a connector reports it (Oracle upper-cases it). */
    public static boolean isHeartbeat(String table) {
        return TABLE.equalsIgnoreCase(table);
    }

    /** Debezium's heartbeat properties, and the table in the connector's include list. */
    static void configure(Properties p, MigrationPlan plan, int seconds) {
        String schema = ConnectorProperties.sourceSchema(plan);
        String table = plan.source().type() == SourceType.ORACLE ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
        p.setProperty("table.include.list", p.getProperty("table.include.list") + ","
                + ConnectorProperties.quote(schema) + "\\." + table);
        p.setProperty("heartbeat.interval.ms", Long.toString(seconds * 1000L));
        p.setProperty("heartbeat.action.query", actionQuery(plan, schema));
        if (plan.source().type() == SourceType.MARIADB || plan.source().type() == SourceType.MYSQL) {
            // an idle binlog connector only wakes up for the server's heartbeats, every 0.8 x this interval
            p.setProperty("connect.keep.alive.interval.ms", Long.toString(Math.min(60_000, seconds * 1250L)));
        }
    }

    /** The statement Debezium runs on the source every interval: upserts this job's row with the time. */
    static String actionQuery(MigrationPlan plan, String schema) {
        String job = "'" + plan.name().replace("'", "''") + "'";
        String table = qualified(plan.source().type(), schema);
        return switch (plan.source().type()) {
            case POSTGRESQL -> "INSERT INTO " + table + " (job, beat) VALUES (" + job + ", now())"
                    + " ON CONFLICT (job) DO UPDATE SET beat = EXCLUDED.beat";
            case MARIADB, MYSQL -> "INSERT INTO " + table + " (job, beat) VALUES (" + job + ", NOW(3))"
                    + " ON DUPLICATE KEY UPDATE beat = VALUES(beat)";
            case ORACLE -> "MERGE INTO " + table + " h USING (SELECT " + job + " JOB FROM DUAL) s ON (h.JOB = s.JOB)"
                    + " WHEN MATCHED THEN UPDATE SET h.BEAT = SYSTIMESTAMP"
                    + " WHEN NOT MATCHED THEN INSERT (JOB, BEAT) VALUES (s.JOB, SYSTIMESTAMP)";
        };
    }

    /** The statements that create the table where it is missing; Oracle's also turn on the logging LogMiner needs. */
    static List<String> createStatements(SourceType type, String schema) {
        String table = qualified(type, schema);
        return switch (type) {
            case POSTGRESQL -> List.of("CREATE TABLE IF NOT EXISTS " + table
                    + " (job VARCHAR(128) PRIMARY KEY, beat TIMESTAMPTZ NOT NULL)");
            case MARIADB, MYSQL -> List.of("CREATE TABLE IF NOT EXISTS " + table
                    + " (job VARCHAR(128) PRIMARY KEY, beat TIMESTAMP(3) NOT NULL)");
            case ORACLE -> List.of("CREATE TABLE " + table + " (JOB VARCHAR2(128) PRIMARY KEY, BEAT TIMESTAMP NOT NULL)",
                    "ALTER TABLE " + table + " ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS");
        };
    }

    /**
     * Creates the heartbeat table on the source unless it exists. A refusal (no privilege) names the statements,
     * so that a DBA can run them and grant the stream's user INSERT and UPDATE on the table.
     */
    public static void ensureTable(MigrationPlan plan) {
        String schema = ConnectorProperties.sourceSchema(plan);
        SourceType type = plan.source().type();
        List<String> create = createStatements(type, schema);
        try (var pool = Connections.pool(plan.source().endpoint(), "heartbeat", 1)) {
            if (type == SourceType.ORACLE && oracleTableExists(pool, schema)) {
                return;
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                for (String statement : create) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "stream.heartbeat-seconds: cannot create the"
                    + " heartbeat table on the source: " + e.getMessage() + " (SQLState " + e.getSQLState() + ");"
                    + " have it created with: " + String.join("; ", create) + "; and grant the stream's user INSERT"
                    + " and UPDATE on it, or remove heartbeat-seconds", e);
        }
    }

    private static boolean oracleTableExists(DataSource pool, String schema) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM ALL_TABLES WHERE OWNER = ? AND TABLE_NAME = ?")) {
            p.setString(1, schema);
            p.setString(2, TABLE.toUpperCase(Locale.ROOT));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static String qualified(SourceType type, String schema) {
        return switch (type) {
            case POSTGRESQL -> (PLAIN.matcher(schema).matches() ? schema : "\"" + schema.replace("\"", "\"\"") + "\"")
                    + "." + TABLE;
            case MARIADB, MYSQL -> "`" + schema.replace("`", "``") + "`." + TABLE;
            case ORACLE -> "\"" + schema.replace("\"", "\"\"") + "\"." + TABLE.toUpperCase(Locale.ROOT);
        };
    }
}
