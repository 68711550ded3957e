package io.cutover.verify.internal.canonical;

import java.sql.Types;
import java.util.Locale;

/**
 * A column's type on one side, as JDBC metadata reports it.
 *
 * @param jdbcType {@link java.sql.Types} code
 * @param typeName the database's type name in lower case ({@code int8}, {@code datetime}, {@code bpchar})
 * @param mysql    the column lives on a MySQL-family database
 */
public record SqlType(int jdbcType, String typeName, boolean mysql) {
    public SqlType {
        typeName = typeName.toLowerCase(Locale.ROOT); // once: the checks below run for every value read
    }

    /** Fixed-length CHAR: trailing spaces are padding. */
    public boolean padded() {
        return jdbcType == Types.CHAR || jdbcType == Types.NCHAR || name().equals("bpchar");
    }

    /** A date without time of day. */
    public boolean date() {
        return jdbcType == Types.DATE;
    }

    /** Holds an instant (PostgreSQL timestamptz, MySQL TIMESTAMP), compared in UTC. */
    public boolean zoned() {
        return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || name().equals("timestamptz")
                || mysql && name().equals("timestamp");
    }

    /** An integer type: its text needs no fraction trimming. */
    public boolean integer() {
        return jdbcType == Types.TINYINT || jdbcType == Types.SMALLINT || jdbcType == Types.INTEGER
                || jdbcType == Types.BIGINT;
    }

    /** A boolean or bit flag, compared as 1 or 0. */
    public boolean flag() {
        return jdbcType == Types.BIT || jdbcType == Types.BOOLEAN;
    }

    /** The database's type name in lower case. */
    public String name() {
        return typeName;
    }
}
