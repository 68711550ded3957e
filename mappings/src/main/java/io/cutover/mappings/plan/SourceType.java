package io.cutover.mappings.plan;

import java.util.Locale;

/** The database the migration reads from. Oracle in production; PostgreSQL and MariaDB/MySQL in tests and demos. */
public enum SourceType {
    ORACLE, POSTGRESQL, MARIADB, MYSQL;

    /** The spelling used in the mapping file. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
