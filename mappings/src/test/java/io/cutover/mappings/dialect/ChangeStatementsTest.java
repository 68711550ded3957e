package io.cutover.mappings.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeStatementsTest {
    private static final String[] COLUMNS = {"id", "name", "note"};
    private static final boolean[] KEY = {true, false, false};

    @Test
    void mysqlUpsertUpdatesEveryNonKeyColumn() {
        assertEquals("INSERT INTO `orders_1` (`id`,`name`,`note`) VALUES (?,?,?),(?,?,?)"
                        + " ON DUPLICATE KEY UPDATE `name`=VALUES(`name`),`note`=VALUES(`note`)",
                ChangeStatements.of(Dialect.MARIADB).upsert("orders_1", COLUMNS, KEY, 2));
    }

    @Test
    void postgresUpsertNamesTheConflictKey() {
        assertEquals("INSERT INTO \"orders_1\" (\"id\",\"name\",\"note\") VALUES (?,?,?)"
                        + " ON CONFLICT (\"id\") DO UPDATE SET \"name\"=EXCLUDED.\"name\",\"note\"=EXCLUDED.\"note\"",
                ChangeStatements.of(Dialect.POSTGRESQL).upsert("orders_1", COLUMNS, KEY, 1));
    }

    @Test
    void keyOnlyRowsStillUpsert() {
        String[] key = {"a", "b"};
        boolean[] both = {true, true};
        assertEquals("INSERT INTO \"t\" (\"a\",\"b\") VALUES (?,?) ON CONFLICT (\"a\",\"b\") DO NOTHING",
                ChangeStatements.of(Dialect.POSTGRESQL).upsert("t", key, both, 1));
        assertEquals("INSERT INTO `t` (`a`,`b`) VALUES (?,?) ON DUPLICATE KEY UPDATE `a`=`a`",
                ChangeStatements.of(Dialect.MYSQL).upsert("t", key, both, 1));
    }

    @Test
    void deleteByOneOrManyKeyColumns() {
        assertEquals("DELETE FROM `t` WHERE `id` IN (?,?,?)",
                ChangeStatements.of(Dialect.MARIADB).delete("t", new String[] {"id"}, 3));
        assertEquals("DELETE FROM \"t\" WHERE (\"a\",\"b\") IN ((?,?),(?,?))",
                ChangeStatements.of(Dialect.POSTGRESQL).delete("t", new String[] {"a", "b"}, 2));
    }

    @Test
    void quotesInsideIdentifiersAreDoubled() {
        assertEquals("`we``ird`", ChangeStatements.of(Dialect.TIDB).quote("we`ird"));
        assertEquals("\"we\"\"ird\"", ChangeStatements.of(Dialect.POSTGRESQL).quote("we\"ird"));
    }
}
