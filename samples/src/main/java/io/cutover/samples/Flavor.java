package io.cutover.samples;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import org.postgresql.util.PGInterval;

/** The database that stands in for the Oracle source: which schema file it runs and how values are bound. */
enum Flavor {
    POSTGRESQL("postgres-schema.sql", '"'),
    /** MariaDB and MySQL. */
    MARIADB("mariadb-schema.sql", '`');

    private final String schemaFile;
    private final char quote;

    Flavor(String schemaFile, char quote) {
        this.schemaFile = schemaFile;
        this.quote = quote;
    }

    static Flavor of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new SQLException("the SHOP sample runs on PostgreSQL or MariaDB/MySQL, not on " + product, "0A000");
    }

    /** Opens a connection and prepares its session: instants are read and written in UTC on MariaDB. */
    static Connection open(javax.sql.DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (of(c) == MARIADB) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET time_zone = '+00:00'");
                }
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    String schemaFile() {
        return schemaFile;
    }

    String quote(String identifier) {
        return quote + identifier + quote;
    }

    /**
     * Binds a sample value. Instants are {@link OffsetDateTime}; intervals are {@link Duration} (day to second) and
     * {@link Period} (year to month), which MariaDB stores as microseconds and months.
     */
    void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof OffsetDateTime t && this == MARIADB) {
            ps.setObject(index, t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } else if (value instanceof Duration d) {
            if (this == MARIADB) {
                ps.setLong(index, d.toNanos() / 1000);
            } else {
                ps.setObject(index, new PGInterval(0, 0, (int) d.toDays(), d.toHoursPart(), d.toMinutesPart(),
                        d.toSecondsPart() + d.toNanosPart() / 1e9));
            }
        } else if (value instanceof Period p) {
            if (this == MARIADB) {
                ps.setInt(index, (int) p.toTotalMonths());
            } else {
                ps.setObject(index, new PGInterval(p.getYears(), p.getMonths(), 0, 0, 0, 0));
            }
        } else if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            ps.setObject(index, value);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else {
            ps.setObject(index, value);
        }
    }
}
