package io.cutover.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Applies Debezium change topics to the shards of a mapping file, with the applier of {@code cutover stream}.
 * Every task gets the same settings; Connect spreads the topic partitions over {@code tasks.max} tasks.
 */
public final class CutoverSinkConnector extends SinkConnector {
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        SinkConfig.parse(props); // fail here, once, rather than in every task
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CutoverSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    /** Connect's checks of each setting, then the mapping file's own problems on the mapping setting. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        for (ConfigValue v : config.configValues()) {
            if (!v.errorMessages().isEmpty()) {
                return config;
            }
        }
        try {
            SinkConfig.parse(connectorConfigs);
        } catch (ConfigException e) {
            String key = connectorConfigs.getOrDefault(SinkConfig.MAPPING_FILE, "").isBlank()
                    ? SinkConfig.MAPPING_YAML : SinkConfig.MAPPING_FILE;
            for (ConfigValue v : config.configValues()) {
                if (v.name().equals(key)) {
                    v.addErrorMessage(e.getMessage());
                }
            }
        }
        return config;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return SinkConfig.DEF;
    }

    @Override
    public String version() {
        return Version.of(getClass());
    }
}
