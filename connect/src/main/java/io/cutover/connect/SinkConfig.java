package io.cutover.connect;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The settings of the Cutover sink, declared once in {@link #DEF} (Connect validates them and lists them in its
 * REST API; {@code docs/kafka-connect.md} lists the same, checked by a test), parsed once into the plan.
 *
 * <p>Secrets stay out of the connector configuration: the mapping file writes them as {@code ${env:NAME}}, and
 * {@code NAME} is looked up first in the setting {@code cutover.env.NAME}, whose value may be any of the
 * worker's config provider references ({@code ${file:...}}, {@code ${dir:...}}, {@code ${env:...}}), then in
 * the worker's environment.
 */
public record SinkConfig(MigrationPlan plan, Truncates truncates) {
    public static final String MAPPING_FILE = "cutover.mapping.file";
    public static final String MAPPING_YAML = "cutover.mapping.yaml";
    public static final String TRUNCATES = "cutover.truncates";
    public static final String ENV_PREFIX = "cutover.env.";

    /** What the sink does with a source TRUNCATE. */
    public enum Truncates {
        /** fail the task: a partitioned topic cannot order the truncate against the table's rows */
        FAIL,
        /** apply it; right only when every table's topic has one partition */
        APPLY
    }

    public static final ConfigDef DEF = new ConfigDef()
            .define(MAPPING_FILE, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH,
                    "Path of the mapping file on every worker; set this or " + MAPPING_YAML)
            .define(MAPPING_YAML, ConfigDef.Type.PASSWORD, "", ConfigDef.Importance.HIGH,
                    "The mapping file's text (masked where Connect shows settings); set this or " + MAPPING_FILE)
            .define(TRUNCATES, ConfigDef.Type.STRING, "fail",
                    ConfigDef.CaseInsensitiveValidString.in("fail", "apply"), ConfigDef.Importance.MEDIUM,
                    "What a source TRUNCATE does: fail (stop the task) or apply (only when every table's topic has"
                            + " one partition)");

    /**
     * Parses and loads the mapping.
     *
     * @throws ConfigException naming every problem: a bad setting, neither or both mapping settings, or the
     *                         mapping file's own problems with their lines
     */
    public static SinkConfig parse(Map<String, String> props) {
        AbstractConfig c = new AbstractConfig(DEF, props, false); // never log: inline text may hold a password
        String file = c.getString(MAPPING_FILE).trim();
        String yaml = c.getPassword(MAPPING_YAML).value();
        if (file.isEmpty() == yaml.isBlank()) {
            throw new ConfigException("set exactly one of " + MAPPING_FILE + " (a path on every worker) and "
                    + MAPPING_YAML + " (the mapping file's text)");
        }
        Function<String, String> env = name -> {
            String v = props.get(ENV_PREFIX + name);
            return v != null ? v : System.getenv(name);
        };
        MigrationPlan plan;
        try {
            plan = file.isEmpty() ? PlanLoader.load(MAPPING_YAML, yaml, Path.of("").toAbsolutePath(), env)
                    : PlanLoader.load(Path.of(file), env);
        } catch (CutoverException e) {
            throw new ConfigException(e.getMessage());
        }
        return new SinkConfig(plan, Truncates.valueOf(c.getString(TRUNCATES).toUpperCase(Locale.ROOT)));
    }
}
