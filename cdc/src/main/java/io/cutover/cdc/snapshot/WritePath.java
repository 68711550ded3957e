package io.cutover.cdc.snapshot;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Endpoint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Which path writes the snapshot's rows: a {@link BulkLoad} per table ({@code LOAD DATA} or {@code COPY}), or
 * multi-row INSERTs. Chosen once per run; the notes say which and, when the fast path is not used, why.
 * TiDB and OceanBase keep INSERTs: their {@code LOAD DATA} is not promised to be one transaction with the
 * chunk's progress row.
 */
final class WritePath {
    /** MySQL types LOAD DATA text would not store as an INSERT does: the table keeps INSERTs. */
    private static final Set<String> MYSQL_INSERT_ONLY = Set.of("BIT", "GEOMETRY", "POINT", "LINESTRING", "POLYGON",
            "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");
    private static final Set<String> MYSQL_BINARY = Set.of("BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB",
            "LONGBLOB");

    private final Dialect dialect;
    private final ChangeStatements sql;
    private final boolean bulk;
    /** Rows written by INSERT in a run whose path is bulk, because a value had no exact bulk text. */
    final AtomicLong insertedRows = new AtomicLong();

    private WritePath(Dialect dialect, boolean bulk) {
        this.dialect = dialect;
        this.sql = ChangeStatements.of(dialect);
        this.bulk = bulk;
    }

    static WritePath choose(WriteMode mode, Dialect dialect, List<? extends DataSource> shards, List<Endpoint> names,
                            List<String> notes) throws SQLException {
        if (mode == WriteMode.INSERT) {
            notes.add("writes: multi-row INSERT (--write insert)");
            return new WritePath(dialect, false);
        }
        if (dialect == Dialect.POSTGRESQL) {
            for (int s = 0; s < shards.size(); s++) {
                try (Connection c = shards.get(s).getConnection()) {
                    if (!c.isWrapperFor(PGConnection.class)) {
                        notes.add("writes: multi-row INSERT (shard " + names.get(s).name() + " is not reached through"
                                + " pgjdbc, which COPY needs)");
                        return new WritePath(dialect, false);
                    }
                }
            }
            notes.add("writes: COPY FROM STDIN");
            return new WritePath(dialect, true);
        }
        if (dialect != Dialect.MARIADB && dialect != Dialect.MYSQL) {
            notes.add("writes: multi-row INSERT (" + dialect.name().toLowerCase(java.util.Locale.ROOT)
                    + ": LOAD DATA there is not one transaction with the chunk's progress row)");
            return new WritePath(dialect, false);
        }
        for (int s = 0; s < shards.size(); s++) {
            try (Connection c = shards.get(s).getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT @@local_infile")) {
                rs.next();
                String reason = !st.isWrapperFor(org.mariadb.jdbc.Statement.class)
                        ? "is not reached through MariaDB Connector/J, which streams LOAD DATA from memory"
                        : rs.getInt(1) == 0 ? "has local_infile off (SET GLOBAL local_infile = 1 allows LOAD DATA)" : null;
                if (reason != null) {
                    notes.add("writes: multi-row INSERT (shard " + names.get(s).name() + " " + reason + ")");
                    return new WritePath(dialect, false);
                }
            }
        }
        notes.add("writes: LOAD DATA LOCAL INFILE");
        return new WritePath(dialect, true);
    }

    /** The table's bulk path; null when its rows go by INSERT. */
    BulkLoad of(SourceTable table) {
        if (!bulk) {
            return null;
        }
        String[] names = table.types.names();
        boolean[] binary = new boolean[names.length];
        for (int c = 0; c < names.length; c++) {
            if (dialect == Dialect.POSTGRESQL) {
                binary[c] = names[c].equals("BYTEA");
            } else if (MYSQL_INSERT_ONLY.contains(names[c])) {
                return null;
            } else {
                binary[c] = MYSQL_BINARY.contains(names[c]);
            }
        }
        String[] columns = table.target.columns();
        return dialect == Dialect.POSTGRESQL ? new Copy(sql, columns, binary) : new LoadData(sql, columns, binary);
    }

    /** A note on the rows INSERT wrote where the bulk path could not; null when there were none. */
    String fallbackNote() {
        long rows = insertedRows.get();
        return rows == 0 ? null : "writes: " + rows + " rows went by INSERT, as a value in their batch has no exact"
                + (dialect == Dialect.POSTGRESQL ? " COPY" : " LOAD DATA") + " text";
    }
}
