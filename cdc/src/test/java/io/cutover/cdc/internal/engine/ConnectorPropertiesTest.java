package io.cutover.cdc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.StreamOptions;
import io.cutover.mappings.plan.InvalidPlanException;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.debezium.connector.oracle.OracleConnector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The engine configuration Cutover builds from a mapping file, checked by the connectors themselves. */
class ConnectorPropertiesTest {
    private static final String ORACLE = """
            name: shop
            source:
              type: oracle
              jdbc-url: "jdbc:oracle:thin:@//db.example:1521/ORCLPDB1"
              username: c##cutover
              password: oracle-secret-1
              schema: SHOP
            target:
              dialect: mariadb
              shards: [ { name: s0, jdbc-url: "jdbc:mariadb://db0/shop", username: app } ]
            tables:
              - { source: ORDERS }
              - { source: "ORDER$LINES" }
              - { source: AUDIT, exclude: true }
            """;

    @Test
    void oracleLogMinerConfigurationPassesTheConnectorsOwnValidation() {
        MigrationPlan plan = load(ORACLE + "stream:\n  state: { jdbc-url: \"jdbc:postgresql://st/state\", username: st }\n"
                + "  debezium: { log.mining.batch.size.default: 5000 }\n");
        Map<String, String> config = config(plan);
        assertEquals(List.of(), configErrors(config));
        assertEquals("ORCLPDB1", config.get("database.dbname"));
        assertEquals("logminer", config.get("connection.adapter"));
        assertEquals("SHOP\\.ORDERS,SHOP\\.ORDER\\$LINES", config.get("table.include.list"));
        assertEquals("5000", config.get("log.mining.batch.size.default"));
        assertEquals("jdbc:postgresql://st/state", config.get("offset.storage.jdbc.connection.url"));
    }

    @Test
    void anOracleHeartbeatMergesIntoItsTableWhichIsCapturedAndLogged() {
        MigrationPlan plan = load(ORACLE + "stream:\n  state: { jdbc-url: \"jdbc:postgresql://st/state\", username: st }\n"
                + "  heartbeat-seconds: 10\n");
        Map<String, String> config = config(plan);

        assertEquals(List.of(), configErrors(config));
        assertEquals("SHOP\\.ORDERS,SHOP\\.ORDER\\$LINES,SHOP\\.CUTOVER_HEARTBEAT", config.get("table.include.list"));
        assertEquals("10000", config.get("heartbeat.interval.ms"));
        assertEquals("MERGE INTO \"SHOP\".CUTOVER_HEARTBEAT h USING (SELECT 'shop' JOB FROM DUAL) s ON (h.JOB = s.JOB)"
                + " WHEN MATCHED THEN UPDATE SET h.BEAT = SYSTIMESTAMP"
                + " WHEN NOT MATCHED THEN INSERT (JOB, BEAT) VALUES (s.JOB, SYSTIMESTAMP)", config.get("heartbeat.action.query"));
        assertEquals(List.of("CREATE TABLE \"SHOP\".CUTOVER_HEARTBEAT (JOB VARCHAR2(128) PRIMARY KEY, BEAT TIMESTAMP NOT NULL)",
                "ALTER TABLE \"SHOP\".CUTOVER_HEARTBEAT ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS"),
                SourceHeartbeat.createStatements(plan.source().type(), "SHOP"));
        assertFalse(config.containsKey("connect.keep.alive.interval.ms"));
    }

    @Test
    void theConnectorRejectsWhatIsWrong() {
        MigrationPlan plan = load(ORACLE + "stream:\n  state: { jdbc-url: \"jdbc:postgresql://st/state\", username: st }\n"
                + "  debezium: { snapshot.mode: no_such_mode }\n");
        Map<String, String> config = config(plan);

        assertEquals(List.of("snapshot.mode"), configErrors(config).stream()
                .map(e -> e.substring(0, e.indexOf(':'))).toList());
    }

    @Test
    void aMissingStateDatabaseIsAMappingFileProblemNamingTheKey() {
        MigrationPlan plan = load(ORACLE);

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> ConnectorProperties.build(plan, StreamOptions.of(plan)));

        assertTrue(e.getMessage().startsWith("shop.yaml:1:1: cutover stream needs 'state' in stream:"), e.getMessage());
        assertFalse(e.getMessage().contains("oracle-secret-1"));
    }

    /**
     * The connector's validation errors, without the one about reaching the database: {@code validate} goes on
     * to connect once the configuration is sound, and there is no Oracle server here.
     */
    private static List<String> configErrors(Map<String, String> config) {
        List<String> errors = new ArrayList<>();
        boolean triedToConnect = false;
        for (ConfigValue v : new OracleConnector().validate(config).configValues()) {
            for (String message : v.errorMessages()) {
                if (v.name().equals("database.hostname") && message.startsWith("Unable to connect")) {
                    triedToConnect = true;
                } else {
                    errors.add(v.name() + ": " + message);
                }
            }
        }
        return errors.isEmpty() && !triedToConnect ? List.of("validate() neither failed nor tried to connect") : errors;
    }

    @Test
    void mysqlFamilyStateUrlsLookTablesUpInTheirOwnDatabaseOnly() {
        assertEquals("jdbc:mariadb://h/st?nullDatabaseMeansCurrent=true", ConnectorProperties.stateUrl("jdbc:mariadb://h/st"));
        assertEquals("jdbc:mysql://h/st?useSSL=false&nullDatabaseMeansCurrent=true",
                ConnectorProperties.stateUrl("jdbc:mysql://h/st?useSSL=false"));
        assertEquals("jdbc:postgresql://h/st", ConnectorProperties.stateUrl("jdbc:postgresql://h/st"));
    }

    private static Map<String, String> config(MigrationPlan plan) {
        Properties props = ConnectorProperties.build(plan, StreamOptions.of(plan));
        Map<String, String> config = new HashMap<>();
        props.stringPropertyNames().forEach(k -> config.put(k, props.getProperty(k)));
        return config;
    }

    private static MigrationPlan load(String yaml) {
        return PlanLoader.load("shop.yaml", yaml, Path.of("."), k -> null);
    }
}
