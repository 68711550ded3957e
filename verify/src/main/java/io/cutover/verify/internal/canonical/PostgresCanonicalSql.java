package io.cutover.verify.internal.canonical;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL (13 and later: {@code trim_scale}; 14 and later: {@code bit_xor}). */
final class PostgresCanonicalSql implements CanonicalSql {

    @Override
    public String column(ColumnKind kind, SqlType type, String c) {
        return switch (kind) {
            case DECIMAL -> type.flag() ? "(" + c + ")::int::text"
                    : type.integer() ? "(" + c + ")::text" : "trim_scale((" + c + ")::numeric)::text";
            case TIMESTAMP -> { // the seconds end before the '.', so trimming zeros stops there
                String t = type.zoned() ? "(" + c + " AT TIME ZONE 'UTC')" : "(" + c + ")::timestamp";
                yield "rtrim(rtrim(to_char(" + t + ",'YYYY-MM-DD HH24:MI:SS.US'),'0'),'.')";
            }
            case STRING -> {
                String s = "NULLIF(" + (type.padded() ? "rtrim(" + c + ")" : "(" + c + ")::text") + ",'')";
                yield "char_length(" + s + ")::text||':'||" + s;
            }
            case CLOB -> "md5(NULLIF((" + c + ")::text,''))";
            case BINARY -> "encode(NULLIF(" + c + ",''::bytea),'hex')";
            case BLOB -> "md5(NULLIF(" + c + ",''::bytea))";
            case JAVA -> throw new IllegalArgumentException("no SQL canonical form for " + type.typeName());
        };
    }

    @Override
    public String row(List<String> columns) {
        StringBuilder sb = new StringBuilder("concat_ws('|'");
        for (String c : columns) {
            sb.append(",coalesce(").append(c).append(",'-')");
        }
        return sb.append(')').toString();
    }

    @Override
    public String hash(String rowText) {
        return "('x'||substr(md5(" + rowText + "),1,16))::bit(64)::bigint";
    }

    @Override
    public String fold(String rowText) {
        return "bit_xor(" + hash(rowText) + ")";
    }

    @Override
    public long readFold(ResultSet rs, int first) throws SQLException {
        return rs.getLong(first); // NULL over no rows reads as 0
    }
}
