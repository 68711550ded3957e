package io.cutover.mappings.shard;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.value.CanonicalValues;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The router's SQL twin: the global physical table index that {@link TableRoute#route} gives a row, as a SQL
 * expression over the row's shard key columns, so that a database can split rows by physical table itself
 * (verify groups source checksums by it). It is not a second routing definition: {@code ShardSqlTest}
 * evaluates it on real MariaDB and PostgreSQL servers for the golden vectors and thousands of random keys and
 * requires the index {@code route} gives for each. Change it only together with the router and
 * {@code docs/shard-routing.md}.
 *
 * <p>The key's canonical text is built from the value the JDBC driver returns ({@code getObject}), as callers
 * route it in Java. Where the SQL cannot be proven equal the answer is empty and callers route in Java: Oracle
 * (no server here to prove it on), broadcast tables (no one table per row), and key columns other than
 * integers, DECIMAL/NUMERIC, unpadded text (VARCHAR, TEXT), DATE and TIMESTAMP without time zone (MariaDB
 * DATETIME). A key the router rejects (NULL, a decimal with a fraction under {@code mod}) gives NULL.
 */
public final class ShardSql {
    /** A shard key column: its SQL expression (quoted) and its type as JDBC metadata reports it. */
    public record Key(String expression, int jdbcType, String typeName) {
    }

    private enum Type { INTEGER, DECIMAL, TEXT, DATE, TIMESTAMP }

    private ShardSql() {
    }

    /**
     * The physical table index of {@code route}'s rows as an integer SQL expression of {@code flavor}, with the
     * shard key columns in {@link TableRoute#keyColumns()} order; empty when the SQL cannot reproduce the router.
     */
    public static Optional<String> physicalIndex(TableMapping mapping, TableRoute route, SqlFlavor flavor,
                                                 List<Key> key) {
        if (!mapping.source().equalsIgnoreCase(route.sourceTable())) {
            throw new IllegalArgumentException(mapping.source() + " is not the table of route " + route);
        }
        if (route.placement() == Placement.SINGLE) {
            return Optional.of("0");
        }
        if (route.placement() != Placement.SHARDED || flavor == SqlFlavor.ORACLE
                || key.size() != route.keyColumns().size()) {
            return Optional.empty();
        }
        List<Type> types = new ArrayList<>();
        for (Key k : key) {
            Type t = type(k, flavor);
            if (t == null) {
                return Optional.empty();
            }
            types.add(t);
        }
        boolean mysql = flavor == SqlFlavor.MYSQL;
        int total = route.all().size();
        ShardBy rule = mapping.shardBy();
        String index = switch (rule.algorithm()) {
            case MOD -> mod(key.get(0).expression(), types.get(0), total, mysql);
            case HASH -> hash(key, types, total, mysql);
            case RANGE -> range(key.get(0).expression(), types.get(0), rule.boundaries(), mysql);
        };
        return Optional.ofNullable(index).map(i -> mysql ? "CAST(" + i + " AS SIGNED)" : "(" + i + ")::int");
    }

    private static Type type(Key k, SqlFlavor flavor) {
        String name = k.typeName().toLowerCase(Locale.ROOT);
        boolean mysql = flavor == SqlFlavor.MYSQL;
        return switch (k.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Type.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Type.DECIMAL;
            case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR -> Type.TEXT;
            case Types.DATE -> name.equals("date") ? Type.DATE : null;
            case Types.TIMESTAMP -> name.equals(mysql ? "datetime" : "timestamp") ? Type.TIMESTAMP : null;
            default -> null;
        };
    }

    // floorMod; a decimal with a fraction is rejected by the router, so NULL
    private static String mod(String k, Type type, int total, boolean mysql) {
        if (type != Type.INTEGER && type != Type.DECIMAL) {
            return null;
        }
        String m = mysql ? "MOD(MOD(" + k + "," + total + ")+" + total + "," + total + ")"
                : "mod(mod(" + k + "," + total + ")+" + total + "," + total + ")";
        return type == Type.INTEGER ? m : "CASE WHEN " + k + "=" + (mysql ? "FLOOR(" : "floor(") + k + ") THEN " + m
                + " END";
    }

    // unsigned first 8 bytes of MD5(UTF-8 key text) mod T; NULL when a key column is NULL
    private static String hash(List<Key> key, List<Type> types, int total, boolean mysql) {
        StringBuilder text = new StringBuilder(mysql && key.size() > 1 ? "CONCAT(" : "");
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                text.append(mysql ? ",CHAR(31 USING utf8mb4)," : "||chr(31)||");
            }
            text.append(text(key.get(i).expression(), types.get(i), mysql));
        }
        if (mysql && key.size() > 1) {
            text.append(')');
        }
        if (mysql) {
            return "CAST(CONV(SUBSTRING(MD5(CONVERT(" + text + " USING utf8mb4)),1,16),16,10) AS UNSIGNED)%" + total;
        }
        String md5 = "md5(" + text + ")";
        return "mod(('x'||substr(" + md5 + ",1,8))::bit(32)::bigint*4294967296::numeric+('x'||substr(" + md5
                + ",9,8))::bit(32)::bigint," + total + ")";
    }

    // number of boundaries <= key: numbers by value, text by code point (UTF-8 bytes)
    private static String range(String k, Type type, List<Object> boundaries, boolean mysql) {
        boolean numeric = boundaries.stream().allMatch(CanonicalValues::isNumber);
        if (numeric != (type == Type.INTEGER || type == Type.DECIMAL)) {
            return null;
        }
        String key = numeric ? k : bytes(text(k, type, mysql), mysql);
        StringBuilder sql = new StringBuilder("CASE WHEN " + k + " IS NULL THEN NULL");
        for (int i = 0; i < boundaries.size(); i++) {
            Object b = boundaries.get(i);
            String bound = numeric ? CanonicalValues.decimal(b).toPlainString()
                    : (mysql ? "X'" : "'\\x") + HexFormat.of().formatHex(((String) b).getBytes(StandardCharsets.UTF_8))
                    + (mysql ? "'" : "'::bytea");
            sql.append(" WHEN ").append(key).append('<').append(bound).append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(boundaries.size()).append(" END").toString();
    }

    private static String bytes(String text, boolean mysql) {
        return mysql ? "CAST(CONVERT(" + text + " USING utf8mb4) AS BINARY)" : "convert_to(" + text + ",'UTF8')";
    }

    // CanonicalValues.text of the value the driver returns for the column
    private static String text(String k, Type type, boolean mysql) {
        return switch (type) {
            case INTEGER -> mysql ? "CAST(" + k + " AS CHAR)" : "(" + k + ")::text";
            case DECIMAL -> mysql ? "IF(INSTR(CAST(" + k + " AS CHAR),'.')>0,TRIM(TRAILING '.' FROM TRIM(TRAILING '0'"
                    + " FROM CAST(" + k + " AS CHAR))),CAST(" + k + " AS CHAR))" : "trim_scale(" + k + ")::text";
            case TEXT -> mysql ? "CONVERT(" + k + " USING utf8mb4)" : "(" + k + ")::text";
            case DATE -> mysql ? "DATE_FORMAT(" + k + ",'%Y-%m-%d')" : "to_char(" + k + ",'YYYY-MM-DD')";
            case TIMESTAMP -> mysql ? "CONCAT(DATE_FORMAT(" + k + ",'%Y-%m-%d %H:%i:%s'),IF(MICROSECOND(" + k
                    + ")=0,'',CONCAT('.',TRIM(TRAILING '0' FROM LPAD(MICROSECOND(" + k + "),6,'0')))))"
                    : "rtrim(rtrim(to_char(" + k + ",'YYYY-MM-DD HH24:MI:SS.US'),'0'),'.')";
        };
    }
}
