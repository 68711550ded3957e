package io.cutover.mappings.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key a mapping file may contain, declared once: section, name, whether it is required, and a one-line
 * description. The loader accepts exactly these keys, and the README reference is generated from them.
 */
public enum PlanKey {
    NAME(Section.PLAN, "name", true, "Plan name: a letter, then letters, digits, '-' and '_'."),
    SOURCE(Section.PLAN, "source", true, "The database the rows come from."),
    TARGET(Section.PLAN, "target", true, "The database the rows go to: a dialect and its shards."),
    TABLES(Section.PLAN, "tables", true, "The source tables and where their rows go."),
    TYPE_OVERRIDES(Section.PLAN, "type-overrides", false,
            "Target types chosen instead of the built-in type mapping (docs/type-mapping.md)."),
    STREAM(Section.PLAN, "stream", false, "How cutover stream runs: its state database, schema changes, batch size."),

    SOURCE_TYPE(Section.SOURCE, "type", true, "Source database: oracle, postgresql, mariadb or mysql."),
    SOURCE_JDBC_URL(Section.SOURCE, "jdbc-url", true,
            "JDBC URL fitting the type (jdbc:oracle:, jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:)."),
    SOURCE_USERNAME(Section.SOURCE, "username", true, "Login user; may be ${env:NAME} or ${file:path}."),
    SOURCE_PASSWORD(Section.SOURCE, "password", false,
            "Literal, ${env:NAME} or ${file:path} (relative to the mapping file, trailing newline trimmed)."),
    SOURCE_SCHEMA(Section.SOURCE, "schema", false, "Schema whose tables are migrated; required for oracle."),

    TARGET_DIALECT(Section.TARGET, "dialect", true,
            "Target SQL dialect: mysql, mariadb, oceanbase-mysql, tidb or postgresql."),
    TARGET_SHARDS(Section.TARGET, "shards", true, "The target databases, in shard index order; at least one."),

    SHARD_NAME(Section.SHARD, "name", true, "Shard name: a letter, then letters, digits, '-' and '_'; unique."),
    SHARD_JDBC_URL(Section.SHARD, "jdbc-url", true,
            "JDBC URL fitting the dialect (jdbc:mariadb: or jdbc:mysql: for the MySQL family, jdbc:postgresql:)."),
    SHARD_USERNAME(Section.SHARD, "username", true, "Login user; may be ${env:NAME} or ${file:path}."),
    SHARD_PASSWORD(Section.SHARD, "password", false, "Literal, ${env:NAME} or ${file:path}, as for the source."),

    TABLE_SOURCE(Section.TABLE, "source", true, "Source table name, as the source database spells it."),
    TABLE_TARGET(Section.TABLE, "target", false, "Target table name; defaults to the source name lower-cased."),
    TABLE_SHARD_BY(Section.TABLE, "shard-by", false, "Placement: spread the rows over the shards by a key."),
    TABLE_BROADCAST(Section.TABLE, "broadcast", false, "Placement: 'true' copies the table to every shard."),
    TABLE_SHARD(Section.TABLE, "shard", false, "Placement: the one shard that holds the whole table."),
    TABLE_EXCLUDE(Section.TABLE, "exclude", false,
            "Placement: 'true' leaves the table out. Without a placement, a one-shard target holds the table."),

    SHARD_BY_COLUMN(Section.SHARD_BY, "column", false, "The shard key column; give column or columns."),
    SHARD_BY_COLUMNS(Section.SHARD_BY, "columns", false,
            "The shard key columns, a list (hash only when more than one)."),
    SHARD_BY_ALGORITHM(Section.SHARD_BY, "algorithm", true, "mod (integer key), hash (any key) or range (boundaries)."),
    SHARD_BY_TABLES_PER_SHARD(Section.SHARD_BY, "tables-per-shard", false,
            "Physical tables on each shard, default 1; physical tables = shards x tables-per-shard."),
    SHARD_BY_BOUNDARIES(Section.SHARD_BY, "boundaries", false,
            "range only: physical tables - 1 strictly ascending lower bounds, all integers or all strings."),
    SHARD_BY_PHYSICAL_NAME(Section.SHARD_BY, "physical-name", false,
            "Physical table name pattern with {index} or {index:W} (W = 1..4, zero padded) and optionally {table}."),

    OVERRIDE_COLUMNS(Section.TYPE_OVERRIDES, "columns", false,
            "Map of TABLE.COLUMN to target type, e.g. ORDERS.STATUS: VARCHAR(12); wins over a type rule."),
    OVERRIDE_TYPES(Section.TYPE_OVERRIDES, "types", false,
            "Map of Oracle type to target type, e.g. \"NUMBER(*,0)\": BIGINT; * stands for no precision."),

    STREAM_STATE(Section.STREAM, "state", false,
            "The database holding Debezium's offsets and schema history (never a file); required by cutover stream."),
    STREAM_ON_DDL(Section.STREAM, "on-ddl", false,
            "What a source schema change of a mapped table does: stop (default, before the change), ignore, or apply"
                    + " (added columns and widened types on every shard; stop at anything else)."),
    STREAM_BATCH_SIZE(Section.STREAM, "batch-size", false,
            "Most changes per batch, default " + StreamSettings.DEFAULT_BATCH_SIZE
                    + "; each shard applies a batch in one transaction."),
    STREAM_HEARTBEAT_SECONDS(Section.STREAM, "heartbeat-seconds", false,
            "Off by default. Every N seconds the source writes the time into table cutover_heartbeat (created if"
                    + " missing; needs write access there), which the stream applies as a position on every shard:"
                    + " lag stays true while the source is idle."),
    STREAM_DEBEZIUM(Section.STREAM, "debezium", false,
            "Raw Debezium engine properties for experts, e.g. snapshot.mode: never; they override Cutover's."),

    STATE_JDBC_URL(Section.STREAM_STATE, "jdbc-url", true, "JDBC URL: jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:."),
    STATE_USERNAME(Section.STREAM_STATE, "username", true, "Login user; may be ${env:NAME} or ${file:path}."),
    STATE_PASSWORD(Section.STREAM_STATE, "password", false, "Literal, ${env:NAME} or ${file:path}, as for the source.");

    /** The maps of a mapping file, each with its own keys. */
    public enum Section {
        PLAN("the top level"), SOURCE("source"), TARGET("target"), SHARD("shard"), TABLE("table"), SHARD_BY("shard-by"),
        TYPE_OVERRIDES("type-overrides"), STREAM("stream"), STREAM_STATE("stream.state");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        /** How messages name the section, e.g. {@code shard-by}. */
        public String label() {
            return label;
        }

        public List<PlanKey> keys() {
            List<PlanKey> keys = new ArrayList<>();
            for (PlanKey k : PlanKey.values()) {
                if (k.section == this) {
                    keys.add(k);
                }
            }
            return keys;
        }

        /** The key names of this section in declaration order. */
        public List<String> names() {
            return keys().stream().map(PlanKey::yamlName).toList();
        }
    }

    private final Section section;
    private final String yamlName;
    private final boolean required;
    private final String description;

    PlanKey(Section section, String yamlName, boolean required, String description) {
        this.section = section;
        this.yamlName = yamlName;
        this.required = required;
        this.description = description;
    }

    public Section section() {
        return section;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean required() {
        return required;
    }

    public String description() {
        return description;
    }
}
