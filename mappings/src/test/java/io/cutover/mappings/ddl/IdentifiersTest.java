package io.cutover.mappings.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    private static final Identifiers MYSQL = Identifiers.of(Dialect.TIDB);
    private static final Identifiers PG = Identifiers.of(Dialect.POSTGRESQL);

    @Test
    void unquotedOriginNamesFoldToLowerCaseAndQuotedOnesKeepTheirSpelling() {
        assertEquals("order_items", MYSQL.name("ORDER_ITEMS"));
        assertEquals("cost$", PG.name("COST$"));
        assertEquals("Mixed", PG.name("Mixed"));
        assertEquals("\"Mixed\"", PG.sql("Mixed"));
        assertEquals("`with space`", MYSQL.sql(MYSQL.name("with space")));
        assertEquals("\"cost$\"", PG.sql("cost$"));
        assertEquals("`a``b`", MYSQL.quote("a`b"));
    }

    @Test
    void reservedWordsAreQuotedPerFamily() {
        for (String w : new String[] {"value", "user", "level", "order", "group", "rows", "desc", "comment"}) {
            assertTrue(MYSQL.needsQuotes(w), "MySQL " + w);
            assertTrue(PG.needsQuotes(w), "PostgreSQL " + w);
        }
        assertTrue(MYSQL.needsQuotes("key"));
        assertTrue(MYSQL.needsQuotes("range"));
        assertTrue(PG.needsQuotes("range"), "SQL:2003 reserves RANGE");
        assertFalse(PG.needsQuotes("key"), "KEY is not reserved in PostgreSQL");
        assertFalse(MYSQL.needsQuotes("customer_id"));
        assertEquals("`level`", MYSQL.sql("level"));
        assertEquals("\"user\"", PG.sql("user"));
    }

    @Test
    void longNamesAreShortenedDeterministicallyAndStayDistinct() {
        String a = "A".repeat(70);
        String b = "A".repeat(69) + "B";
        assertEquals(64, MYSQL.name(a).length());
        assertEquals(63, PG.name(a).length());
        assertEquals(MYSQL.name(a), MYSQL.name(a));
        assertNotEquals(MYSQL.name(a), MYSQL.name(b));
        assertTrue(MYSQL.name(a).startsWith("aaaa"));
        assertTrue(MYSQL.name(a).matches("a+_[0-9a-f]{8}"));
        assertEquals("x".repeat(64), MYSQL.name("X".repeat(64)));
    }

    @Test
    void postgresCountsBytesAndNeverSplitsACharacter() {
        String name = "Größe_" + "ä".repeat(40);
        String shortened = PG.name(name);
        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= 63, shortened);
        assertTrue(shortened.startsWith("Größe_ää"));
        assertEquals(name, MYSQL.name(name), "46 characters fit the MySQL family");
    }

    @Test
    void literalsEscapeBackslashesOnlyWhereTheyEscape() {
        assertEquals("'it''s \\\\ ok'", MYSQL.literal("it's \\ ok"));
        assertEquals("'it''s \\ ok'", PG.literal("it's \\ ok"));
    }
}
