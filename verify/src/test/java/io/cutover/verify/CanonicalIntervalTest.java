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
 * Source intervals (PostgreSQL) and what the target holds for them (MariaDB: INT total months for
 * YEAR TO MONTH, BIGINT total microseconds for DAY TO SECOND; PostgreSQL: the interval) give one canonical
 * text, in SQL on both and in Java.
 */
@Servers(postgres = 1, mariadb = 1)
class CanonicalIntervalTest {
    private static final long MONTH = 30L * 86_400_000_000L;

    @Test
    void sourceIntervalsAndMariaDbTotalsGiveOneText(SandboxCluster servers) throws SQLException {
        Db pg = Db.create(servers.postgres(0), "ival");
        Db maria = Db.create(servers.mariadb(0), "ival");
        pg.exec("CREATE TABLE t (id BIGINT PRIMARY KEY, ym INTERVAL YEAR TO MONTH, ds INTERVAL DAY TO SECOND(6))",
                "CREATE TABLE u (id BIGINT PRIMARY KEY, ym INTERVAL YEAR TO MONTH, ds INTERVAL DAY TO SECOND(6))",
                "INSERT INTO t VALUES (1, '1 year 2 mons', '3 days 04:05:06.78'), (2, '0', '0'),"
                        + " (3, '-2 years -1 mon', '-1 day -00:00:00.000001'), (4, NULL, NULL),"
                        + " (5, '99 years 11 mons', '999 days 23:59:59.999999')",
                "INSERT INTO u SELECT * FROM t");
        long ds1 = ((3 * 24 + 4) * 60 + 5) * 60_000_000L + 6_780_000L;
        long ds5 = (((999 * 24 + 23) * 60 + 59) * 60 + 59) * 1_000_000L + 999_999L;
        maria.exec("CREATE TABLE t (id BIGINT PRIMARY KEY, ym INT, ds BIGINT)",
                "INSERT INTO t VALUES (1, 14, " + ds1 + "), (2, 0, 0), (3, -25, " + (-86_400_000_001L) + "),"
                        + " (4, NULL, NULL), (5, 1199, " + ds5 + ")");
        Map<String, SqlType> pgTypes = types(pg, "t");
        Map<String, SqlType> mariaTypes = types(maria, "t");
        List<ColumnKind> kinds = new ArrayList<>();
        for (String column : pgTypes.keySet()) {
            kinds.add(ColumnKind.merge(ColumnKind.of(pgTypes.get(column)), ColumnKind.of(mariaTypes.get(column))));
        }
        assertEquals(List.of(ColumnKind.DECIMAL, ColumnKind.INTERVAL, ColumnKind.INTERVAL), kinds);
        List<String> pgTexts = sqlTexts(pg, "t", SqlFlavor.POSTGRESQL, pgTypes, kinds);
        assertEquals(List.of("1|" + 14 * MONTH + "|" + ds1, "2|0|0", "3|" + -25 * MONTH + "|-86400000001", "4|-|-",
                "5|" + 1199 * MONTH + "|" + ds5), pgTexts);
        assertEquals(pgTexts, sqlTexts(maria, "t", SqlFlavor.MYSQL, mariaTypes, kinds));
        assertEquals(pgTexts, javaTexts(pg, "t", pgTypes, kinds));
        assertEquals(pgTexts, javaTexts(maria, "t", mariaTypes, kinds));
        Map<String, SqlType> pgTarget = types(pg, "u");
        assertEquals(pgTexts, sqlTexts(pg, "u", SqlFlavor.POSTGRESQL, pgTarget, kinds));
        assertEquals(pgTexts, javaTexts(pg, "u", pgTarget, kinds));

        maria.exec("UPDATE t SET ds = ds + 1 WHERE id = 1");
        assertNotEquals(pgTexts, sqlTexts(maria, "t", SqlFlavor.MYSQL, mariaTypes, kinds), "a microsecond is a difference");
    }

    private static Map<String, SqlType> types(Db db, String table) throws SQLException {
        try (Connection c = db.connect()) {
            return SqlTypes.read(c, new TableRef(null, table));
        }
    }

    private static List<String> sqlTexts(Db db, String table, SqlFlavor flavor, Map<String, SqlType> types,
            List<ColumnKind> kinds) {
        CanonicalSql sql = CanonicalSql.of(flavor);
        List<String> columns = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, SqlType> e : types.entrySet()) {
            columns.add(sql.column(kinds.get(i++), e.getValue(), flavor.quote(e.getKey())));
        }
        return db.strings("SELECT " + sql.row(columns) + " FROM " + table + " ORDER BY id");
    }

    private static List<String> javaTexts(Db db, String table, Map<String, SqlType> types, List<ColumnKind> kinds)
            throws SQLException {
        JavaCanonical java = new JavaCanonical();
        List<SqlType> ordered = new ArrayList<>(types.values());
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
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
