package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import io.cutover.verify.internal.canonical.CanonicalSql;
import io.cutover.verify.internal.canonical.ColumnKind;
import io.cutover.verify.internal.canonical.JavaCanonical;
import io.cutover.verify.internal.canonical.SqlType;
import io.cutover.verify.internal.canonical.SqlTypes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same logical rows stored in PostgreSQL and MariaDB with different but compatible types give the same
 * canonical text per row in SQL on both, the same text in Java, and the same checksum.
 */
@Servers(postgres = 1, mariadb = 1)
class CanonicalSqlTest {
    private static final String PG = "CREATE TABLE t (id BIGINT PRIMARY KEY, i INT, d NUMERIC(12,4), dd NUMERIC,"
            + " ts TIMESTAMP(6), dt DATE, tz TIMESTAMPTZ(6), s VARCHAR(50), ch CHAR(5), tx TEXT, b BYTEA, r BYTEA,"
            + " flag BOOLEAN)";
    private static final String MARIADB = "CREATE TABLE t (id BIGINT PRIMARY KEY, i INT, d DECIMAL(12,2),"
            + " dd DECIMAL(38,10), ts DATETIME(6), dt DATETIME, tz TIMESTAMP(6) NULL, s VARCHAR(50), ch CHAR(5),"
            + " tx LONGTEXT, b LONGBLOB, r VARBINARY(16), flag TINYINT(1)) CHARACTER SET utf8mb4";
    private static final String[] ROWS = {
        "(1, 0, 0, 0, '2024-01-02 03:04:05', '2024-01-02', '2024-01-02 03:04:05+00', '', 'ab', '', '', '', false)",
        "(2, -5, 1.5, 123456789.0123456789, '2024-01-02 03:04:05.120', '1999-12-31', '2024-06-01 12:00:00.5+02',"
                + " 'héllo 😀 | x', 'a', 'long 😀 text', 'bin', 'r', true)",
        "(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
        "(4, 2147483647, -0.01, -100, '0999-01-01 00:00:00.000001', '2000-02-29', '1970-01-02 00:00:00+00',"
                + " ' lead and trail ', '   ', 'x', 'y', 'z', false)",
        "(5, 7, 12345.67, 0.00000001, '2024-12-31 23:59:59.999999', '2024-01-01', '2024-01-01 00:00:00.1+00',"
                + " '-', 'z  ', '-', '-', '-', true)"};

    @Test
    void sameTextsAndChecksumOnPostgresMariaDbAndJava(SandboxCluster servers) throws SQLException {
        Db pg = Db.create(servers.postgres(0), "canon");
        Db maria = Db.create(servers.mariadb(0), "canon");
        pg.exec(PG);
        maria.exec(MARIADB);
        for (String row : ROWS) {
            pg.exec("INSERT INTO t VALUES " + row.replace(", 'bin', 'r',", ", 'bin'::bytea, 'r'::bytea,"));
            maria.exec("INSERT INTO t VALUES " + row.replace("+00'", "'").replace("12:00:00.5+02", "10:00:00.5")
                    .replace("false", "0").replace("true", "1"));
        }
        Map<String, SqlType> pgTypes = types(pg);
        Map<String, SqlType> mariaTypes = types(maria);
        List<ColumnKind> kinds = new ArrayList<>();
        for (String column : pgTypes.keySet()) {
            kinds.add(ColumnKind.merge(ColumnKind.of(pgTypes.get(column)), ColumnKind.of(mariaTypes.get(column))));
        }
        List<String> pgTexts = sqlTexts(pg, SqlFlavor.POSTGRESQL, pgTypes, kinds);
        List<String> mariaTexts = sqlTexts(maria, SqlFlavor.MYSQL, mariaTypes, kinds);
        assertEquals(List.of(
                "1|0|0|0|2024-01-02 03:04:05|2024-01-02 00:00:00|2024-01-02 03:04:05|-|2:ab|-|-|-|0",
                "2|-5|1.5|123456789.0123456789|2024-01-02 03:04:05.12|1999-12-31 00:00:00|2024-06-01 10:00:00.5"
                        + "|11:héllo 😀 | x|1:a|" + md5("long 😀 text") + "|" + md5("bin") + "|" + md5("r") + "|1",
                "3|-|-|-|-|-|-|-|-|-|-|-|-",
                "4|2147483647|-0.01|-100|0999-01-01 00:00:00.000001|2000-02-29 00:00:00|1970-01-02 00:00:00"
                        + "|16: lead and trail |-|" + md5("x") + "|" + md5("y") + "|" + md5("z") + "|0",
                "5|7|12345.67|0.00000001|2024-12-31 23:59:59.999999|2024-01-01 00:00:00|2024-01-01 00:00:00.1|1:-|1:z|"
                        + md5("-") + "|" + md5("-") + "|" + md5("-") + "|1"), pgTexts);
        assertEquals(pgTexts, mariaTexts);
        assertEquals(pgTexts, javaTexts(pg, pgTypes, kinds));
        assertEquals(pgTexts, javaTexts(maria, mariaTypes, kinds));

        long pgFold = fold(pg, SqlFlavor.POSTGRESQL, pgTypes, kinds);
        assertEquals(pgFold, fold(maria, SqlFlavor.MYSQL, mariaTypes, kinds));
        JavaCanonical java = new JavaCanonical();
        long javaFold = 0;
        for (String text : pgTexts) {
            javaFold ^= java.hash(text);
        }
        assertEquals(pgFold, javaFold);
        maria.exec("UPDATE t SET ts = '2024-01-02 03:04:05.121' WHERE id = 2");
        assertNotEquals(pgFold, fold(maria, SqlFlavor.MYSQL, mariaTypes, kinds), "a millisecond is a difference");
    }

    private static String md5(String text) {
        return java.util.HexFormat.of().formatHex(md5Bytes(text));
    }

    private static byte[] md5Bytes(String text) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, SqlType> types(Db db) throws SQLException {
        try (Connection c = db.connect()) {
            return SqlTypes.read(c, new TableRef(null, "t"));
        }
    }

    private static String rowExpression(SqlFlavor flavor, Map<String, SqlType> types, List<ColumnKind> kinds) {
        CanonicalSql sql = CanonicalSql.of(flavor);
        List<String> columns = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, SqlType> e : types.entrySet()) {
            columns.add(sql.column(kinds.get(i++), e.getValue(), flavor.quote(e.getKey())));
        }
        return sql.row(columns);
    }

    private static List<String> sqlTexts(Db db, SqlFlavor flavor, Map<String, SqlType> types, List<ColumnKind> kinds) {
        return db.strings("SELECT " + rowExpression(flavor, types, kinds) + " FROM t ORDER BY id");
    }

    private static long fold(Db db, SqlFlavor flavor, Map<String, SqlType> types, List<ColumnKind> kinds)
            throws SQLException {
        CanonicalSql sql = CanonicalSql.of(flavor);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + sql.fold(rowExpression(flavor, types, kinds)) + " FROM t")) {
            rs.next();
            return sql.readFold(rs, 1);
        }
    }

    private static List<String> javaTexts(Db db, Map<String, SqlType> types, List<ColumnKind> kinds)
            throws SQLException {
        JavaCanonical java = new JavaCanonical();
        List<SqlType> ordered = new ArrayList<>(types.values());
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM t ORDER BY id")) {
            while (rs.next()) {
                String[] texts = new String[ordered.size()];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = java.text(rs, i + 1, kinds.get(i), ordered.get(i));
                }
                out.add(JavaCanonical.row(texts));
            }
        }
        return out;
    }
}
