package io.cutover.verify.internal.canonical;

import io.cutover.mappings.value.IntervalValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Oracle: the same texts and fold with {@code STANDARD_HASH}. Not run on these machines (no Oracle
 * server); written from the Oracle documentation and kept equal in shape to the tested dialects.
 * Requirements: Oracle 21c or later ({@code BIT_XOR_AGG}), an AL32UTF8 database character set (the row
 * text is hashed in it), EXECUTE on {@code DBMS_CRYPTO} for LOB columns (STANDARD_HASH takes no LOBs), and
 * row texts within the VARCHAR2 limit (4000 bytes, 32767 with {@code MAX_STRING_SIZE=EXTENDED}); wider
 * rows need the Java fold. The 64-bit fold is XORed as two 32-bit halves, {@code BIT_XOR_AGG} being exact
 * on those, and joined when read.
 */
final class OracleCanonicalSql implements CanonicalSql {
    private static final String DECIMAL_FORMAT = "'FM" + "9".repeat(39) + "0D" + "9".repeat(40)
            + "','NLS_NUMERIC_CHARACTERS=''.,'''";

    @Override
    public String column(ColumnKind kind, SqlType type, String c) {
        return switch (kind) {
            case DECIMAL -> {
                String text = "TO_CHAR(" + c + "," + DECIMAL_FORMAT + ")";
                yield "RTRIM(CASE WHEN INSTR(" + text + ",'.')>0 THEN RTRIM(" + text + ",'0') ELSE " + text + " END,'.')";
            }
            case TIMESTAMP -> {
                String t = type.zoned() ? "SYS_EXTRACT_UTC(" + c + ")" : "CAST(" + c + " AS TIMESTAMP(6))";
                yield "TO_CHAR(" + t + ",'YYYY-MM-DD HH24:MI:SS')||CASE WHEN TO_CHAR(" + t + ",'FF6')='000000' THEN NULL"
                        + " ELSE '.'||RTRIM(TO_CHAR(" + t + ",'FF6'),'0') END";
            }
            case STRING -> {
                String s = type.padded() ? "RTRIM(" + c + ")" : c; // '' is NULL in Oracle itself
                yield "LENGTH(" + s + ")||':'||" + s;
            }
            case CLOB, BLOB -> "LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(" + c + ",2)))";
            case BINARY -> "LOWER(RAWTOHEX(" + c + "))";
            case INTERVAL -> type.interval() ? "TO_CHAR(" + interval(type, c) + ")" : type.months()
                    ? "TO_CHAR(" + c + "*" + IntervalValue.MICROS_PER_MONTH + ")" : "TO_CHAR(" + c + ")";
            case JAVA -> throw new IllegalArgumentException("no SQL canonical form for " + type.typeName());
        };
    }

    // EXTRACT takes only the fields of the interval's own kind
    private static String interval(SqlType type, String c) {
        if (type.name().startsWith("interval year")) {
            return "(EXTRACT(YEAR FROM " + c + ")*12+EXTRACT(MONTH FROM " + c + "))*" + IntervalValue.MICROS_PER_MONTH;
        }
        return "EXTRACT(DAY FROM " + c + ")*" + IntervalValue.MICROS_PER_DAY + "+EXTRACT(HOUR FROM " + c
                + ")*3600000000+EXTRACT(MINUTE FROM " + c + ")*60000000+ROUND(EXTRACT(SECOND FROM " + c + ")*1000000)";
    }

    @Override
    public String row(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            sb.append(sb.length() == 0 ? "" : "||'|'||").append("NVL(").append(c).append(",'-')");
        }
        return sb.toString();
    }

    @Override
    public String hash(String rowText) {
        return half(rowText, 1) + "," + half(rowText, 9);
    }

    @Override
    public String fold(String rowText) {
        return "BIT_XOR_AGG(" + half(rowText, 1) + "),BIT_XOR_AGG(" + half(rowText, 9) + ")";
    }

    // 32 bits of the MD5 as a number: Oracle has no unsigned 64-bit integer
    private static String half(String rowText, int from) {
        return "TO_NUMBER(SUBSTR(RAWTOHEX(STANDARD_HASH(" + rowText + ",'MD5'))," + from + ",8),'XXXXXXXX')";
    }

    @Override
    public long readFold(ResultSet rs, int first) throws SQLException {
        return rs.getLong(first) << 32 | rs.getLong(first + 1) & 0xFFFFFFFFL;
    }
}
