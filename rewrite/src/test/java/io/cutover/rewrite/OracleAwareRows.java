package io.cutover.rewrite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Query results in a form that compares as Oracle would see them: '' and NULL are the same, decimals
 * without trailing zeros, floating values to 9 significant digits, date-times to the second; rows sorted
 * unless the statement's order matters.
 */
final class OracleAwareRows {
    private OracleAwareRows() {
    }

    static List<String> query(Connection c, String sql, boolean ordered) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(canonical(rs.getObject(i)));
                }
                rows.add(row.toString());
            }
        }
        if (!ordered) {
            rows.sort(null);
        }
        return rows;
    }

    private static String canonical(Object v) {
        if (v == null || "".equals(v)) {
            return "NULL";
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(((Number) v).doubleValue()).round(new java.math.MathContext(9)).stripTrailingZeros()
                    .toPlainString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().withNano(0).toString().replace('T', ' ');
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.withNano(0).toString().replace('T', ' ');
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate() + " 00:00";
        }
        return v.toString();
    }
}
