package io.cutover.bench;

import io.cutover.sandbox.DatabaseServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A table's row count and row checksum ({@link SnapshotTable#fingerprintSql}); equal on source and target. */
record Fingerprint(long rows, BigDecimal checksum) {

    static Fingerprint read(DatabaseServer server, String database, SnapshotTable table, boolean mariadb)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(table.fingerprintSql(mariadb))) {
            rs.next();
            return new Fingerprint(rs.getLong(1), rs.getBigDecimal(2));
        }
    }

    static Fingerprint sum(List<Fingerprint> parts) {
        long rows = 0;
        BigDecimal checksum = BigDecimal.ZERO;
        for (Fingerprint p : parts) {
            rows += p.rows;
            checksum = checksum.add(p.checksum);
        }
        return new Fingerprint(rows, checksum);
    }

    /** Null when {@code found} equals this; otherwise what differs. */
    String mismatch(Fingerprint found) {
        if (rows != found.rows) {
            return "expected " + rows + " rows, found " + found.rows;
        }
        return checksum.compareTo(found.checksum) == 0 ? null
                : "row count matches but the row checksum differs (" + checksum + " vs " + found.checksum + ")";
    }
}
