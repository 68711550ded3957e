package io.cutover.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

/** The sink's settings: validation messages, and the reference in docs/kafka-connect.md. */
class SinkConfigTest {
    private static final String PLAN = """
            name: shop
            source: { type: postgresql, jdbc-url: "jdbc:postgresql://127.0.0.1:1/shop", username: u, password: p }
            target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/s0", username: u, password: "${env:SHARD}" } ] }
            tables: [ { source: orders } ]
            """;

    @Test
    void everySettingIsDocumentedWithItsTypeAndDefault() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "kafka-connect.md"));
        for (ConfigDef.ConfigKey key : SinkConfig.DEF.configKeys().values()) {
            Object value = key.defaultValue instanceof Password p ? p.value() : key.defaultValue;
            String def = value == null || value.toString().isEmpty() ? "(none)" : "`" + value + "`";
            String row = "| `" + key.name + "` | " + key.type.name().toLowerCase() + " | " + def + " | "
                    + key.documentation + " |";
            assertTrue(docs.contains(row), "docs/kafka-connect.md lacks the row " + row);
        }
    }

    @Test
    void exactlyOneMappingSettingIsRequired() {
        ConfigException neither = assertThrows(ConfigException.class, () -> SinkConfig.parse(Map.of()));
        ConfigException both = assertThrows(ConfigException.class, () -> SinkConfig.parse(
                Map.of(SinkConfig.MAPPING_FILE, "/m.yaml", SinkConfig.MAPPING_YAML, PLAN)));
        assertTrue(neither.getMessage().startsWith("set exactly one of cutover.mapping.file"), neither.getMessage());
        assertEquals(neither.getMessage(), both.getMessage());
    }

    @Test
    void anEnvReferenceIsResolvedFromItsSetting() {
        SinkConfig c = SinkConfig.parse(Map.of(SinkConfig.MAPPING_YAML, PLAN, "cutover.env.SHARD", "from-provider"));
        assertEquals("from-provider", c.plan().target().shards().get(0).password().reveal());
        assertEquals(SinkConfig.Truncates.FAIL, c.truncates());
    }

    @Test
    void validationPutsTheMappingFilesProblemsOnTheMappingSetting() {
        Map<String, String> props = Map.of(SinkConfig.MAPPING_YAML, PLAN.replace("dialect: mariadb", "dialect: nosuch"),
                "cutover.env.SHARD", "x", SinkConfig.TRUNCATES, "Apply");
        for (ConfigValue v : new CutoverSinkConnector().validate(props).configValues()) {
            if (v.name().equals(SinkConfig.MAPPING_YAML)) {
                assertEquals(1, v.errorMessages().size(), v.errorMessages().toString());
                assertTrue(v.errorMessages().get(0).contains("cutover.mapping.yaml:3:"), v.errorMessages().get(0));
            } else {
                assertEquals(List.of(), v.errorMessages(), v.name());
            }
        }
        ConfigValue truncates = new CutoverSinkConnector().validate(Map.of(SinkConfig.MAPPING_YAML, PLAN,
                SinkConfig.TRUNCATES, "sometimes")).configValues().stream()
                .filter(v -> v.name().equals(SinkConfig.TRUNCATES)).findFirst().orElseThrow();
        assertEquals(1, truncates.errorMessages().size());
    }
}
