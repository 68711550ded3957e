package io.cutover.mappings.dialect;

import java.util.Locale;

/** The target SQL dialect. MySQL-compatible dialects share a family. */
public enum Dialect {
    MYSQL("mysql", Family.MYSQL),
    MARIADB("mariadb", Family.MYSQL),
    OCEANBASE_MYSQL("oceanbase-mysql", Family.MYSQL),
    TIDB("tidb", Family.MYSQL),
    POSTGRESQL("postgresql", Family.POSTGRESQL);

    public enum Family { MYSQL, POSTGRESQL }

    private final String yamlName;
    private final Family family;

    Dialect(String yamlName, Family family) {
        this.yamlName = yamlName;
        this.family = family;
    }

    public String yamlName() {
        return yamlName;
    }

    public Family family() {
        return family;
    }

    /** The dialect a mapping file names, or null if none has that name. */
    public static Dialect fromYamlName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.yamlName.equals(n)) {
                return d;
            }
        }
        return null;
    }
}
