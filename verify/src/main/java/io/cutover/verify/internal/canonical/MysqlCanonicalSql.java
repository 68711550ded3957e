package io.cutover.verify.internal.canonical;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * MySQL and MariaDB. Connections must use {@code time_zone = '+00:00'} so that TIMESTAMP columns read in
 * UTC. Texts are converted to utf8mb4 before hashing, so latin1 columns hash like everywhere else.
 */
final class MysqlCanonicalSql implements CanonicalSql {

    @Override
    public String column(ColumnKind kind, SqlType type, String c) {
        return switch (kind) {
            case DECIMAL -> type.flag() ? "CAST(" + c + "+0 AS CHAR)"
                    : type.integer() ? "CAST(" + c + " AS CHAR)" : decimal("CAST(" + c + " AS CHAR)");
            // the seconds end before the '.', so trimming zeros stops there
            case TIMESTAMP -> "TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM DATE_FORMAT(" + c
                    + ",'%Y-%m-%d %H:%i:%s.%f')))";
            case STRING -> {
                String s = type.padded() ? "RTRIM(" + c + ")" : c;
                yield "IF(LENGTH(" + s + ")=0,NULL,CONCAT(CHAR_LENGTH(" + s + "),':'," + s + "))";
            }
            case CLOB -> "MD5(CONVERT(" + nullIfEmpty(c) + " USING utf8mb4))";
            case BINARY -> "LOWER(HEX(" + nullIfEmpty(c) + "))";
            case BLOB -> "MD5(" + nullIfEmpty(c) + ")";
            case JAVA -> throw new IllegalArgumentException("no SQL canonical form for " + type.typeName());
        };
    }

    @Override
    public String row(List<String> columns) {
        StringBuilder sb = new StringBuilder("CONCAT_WS('|'");
        for (String c : columns) {
            sb.append(",COALESCE(").append(c).append(",'-')");
        }
        return sb.append(')').toString();
    }

    @Override
    public String hash(String rowText) {
        return "CAST(CONV(SUBSTRING(MD5(CONVERT(" + rowText + " USING utf8mb4)),1,16),16,10) AS UNSIGNED)";
    }

    @Override
    public String fold(String rowText) {
        return "BIT_XOR(" + hash(rowText) + ")";
    }

    @Override
    public long readFold(ResultSet rs, int first) throws SQLException {
        BigDecimal unsigned = rs.getBigDecimal(first);
        return unsigned == null ? 0 : unsigned.toBigInteger().longValue();
    }

    // trailing fraction zeros and a bare point removed, only when there is a point
    private static String decimal(String text) {
        return "IF(INSTR(" + text + ",'.')>0,TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM " + text + "))," + text + ")";
    }

    // CHAR_LENGTH, not = '': PAD SPACE collations compare '  ' equal to ''
    private static String nullIfEmpty(String c) {
        return "IF(LENGTH(" + c + ")=0,NULL," + c + ")";
    }
}
