package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rewritten SQL names tables and columns exactly as {@code schema convert} created them. */
class IdentifierPolicyTest {
    private static final String TABLE = "CUSTOMER_ORDER_LINE_HISTORY_ARCHIVE_FOR_REGULATORY_RETENTION_2019_2024";
    private static final String COLUMN = "ORIGINAL_ORDER_LINE_DELIVERY_DATE_AS_AGREED_WITH_THE_CUSTOMER_AT_ORDER";
    private static final String DDL = "CREATE TABLE " + TABLE + " (ID NUMBER(10) PRIMARY KEY, " + COLUMN + " DATE)";
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\S+) \\(\\s*(\\S+) .*?,\\s*(\\S+) ",
            Pattern.DOTALL);

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MARIADB", "POSTGRESQL"})
    void longNamesAreShortenedAsTheSchemaStepShortensThem(Dialect dialect) {
        assertEquals(70, TABLE.length());
        assertEquals(70, COLUMN.length());
        Schema schema = new OracleDdlReader().read("long.sql", DDL);
        String create = new SchemaConverter(ConversionOptions.DEFAULTS).convert(schema, null, dialect)
                .shards().get(0).statements().stream().filter(s -> s.startsWith("CREATE TABLE")).findFirst()
                .orElseThrow();
        Matcher m = CREATE.matcher(create);
        assertTrue(m.find(), create);
        String table = m.group(1);
        String column = m.group(3);
        assertNotEquals(TABLE.toLowerCase(), table);

        Rewriter rewriter = Rewriter.to(dialect).catalog(Catalog.of(schema)).build();
        StatementResult r = rewriter.rewriteStatement("SELECT o." + COLUMN + " FROM " + TABLE + " o WHERE " + COLUMN
                + " < SYSDATE - 1 AND id = :id");
        String now = dialect == Dialect.MARIADB ? "NOW()" : "LOCALTIMESTAMP(0)";
        String minusDay = dialect == Dialect.MARIADB ? now + " - INTERVAL 1 DAY" : now + " - INTERVAL '1 day'";
        assertEquals("SELECT o." + column + " FROM " + table + " AS o WHERE " + column + " < (" + minusDay + ") "
                + "AND id = ?", r.translated(), r.issues().toString());
        r = rewriter.rewriteStatement("UPDATE " + TABLE + " SET " + COLUMN + " = " + COLUMN + " + 1");
        assertEquals("UPDATE " + table + " SET\n" + column + " = (" + column
                + (dialect == Dialect.MARIADB ? " + INTERVAL 1 DAY)" : " + INTERVAL '1 day')"), r.translated(),
                r.issues().toString());
    }

    @Test
    void forUpdateOfNamesItsTablesByThePolicy() {
        StatementResult r = Rewriter.to(Dialect.POSTGRESQL).build().rewriteStatement(
                "SELECT \"Emp\".sal FROM emp \"Emp\", " + TABLE + " WHERE id = 1 FOR UPDATE OF \"Emp\".sal, "
                        + TABLE + ".id");
        assertTrue(r.translated().endsWith(" FOR UPDATE OF \"Emp\", " + Identifiers.of(Dialect.POSTGRESQL).name(TABLE)),
                r.translated());
    }
}
