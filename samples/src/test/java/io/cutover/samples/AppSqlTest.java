package io.cutover.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.read.OracleDdlReader;
import io.cutover.rewrite.Catalog;
import io.cutover.rewrite.Rewriter;
import io.cutover.rewrite.StatementResult;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** app.sql: named statements that translate to both target families and run on the PostgreSQL stand-in. */
@Servers(postgres = 1)
class AppSqlTest {
    private static final Map<String, Object> BINDS = Map.ofEntries(Map.entry("customer_id", 1000L),
            Map.entry("order_id", 1L), Map.entry("email", "USER1000@example.com"), Map.entry("full_name", "Zoë 𠮷野"),
            Map.entry("country_code", "JP"), Map.entry("order_no", "ORD-X1"), Map.entry("total", new BigDecimal("12.50")),
            Map.entry("line_no", 9), Map.entry("product_id", 7L), Map.entry("quantity", 3),
            Map.entry("unit_price", new BigDecimal("4.10")), Map.entry("warehouse", "AMS"), Map.entry("key", "ui.theme"),
            Map.entry("value", "dark"));

    @Test
    void everyStatementTranslatesAndRunsOnTheStandIn(SandboxCluster servers) throws Exception {
        Map<String, String> statements = statements();
        assertTrue(statements.size() >= 30, statements.size() + " statements");
        Catalog catalog = Catalog.of(new OracleDdlReader().read("oracle-schema.sql",
                Files.readString(Path.of("shop/oracle-schema.sql"))));
        for (Dialect dialect : List.of(Dialect.MARIADB, Dialect.POSTGRESQL)) {
            Rewriter rewriter = Rewriter.to(dialect).catalog(catalog).build();
            for (Map.Entry<String, String> s : statements.entrySet()) {
                assertTrue(rewriter.rewriteStatement(s.getValue()).supported(), dialect + " " + s.getKey() + ":\n"
                        + rewriter.rewriteStatement(s.getValue()).toText());
            }
        }
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        ShopSchema.create(pg);
        ShopData.load(pg, new ShopData.Size(50), 1);
        Rewriter rewriter = Rewriter.to(Dialect.POSTGRESQL).catalog(catalog).build();
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            for (Map.Entry<String, String> s : statements.entrySet()) {
                StatementResult result = rewriter.rewriteStatement(s.getValue());
                try (PreparedStatement ps = c.prepareStatement(result.translated())) {
                    for (int i = 0; i < result.binds().size(); i++) {
                        String bind = result.binds().get(i);
                        assertTrue(BINDS.containsKey(bind), s.getKey() + ": no test value for :" + bind);
                        ps.setObject(i + 1, BINDS.get(bind));
                    }
                    ps.execute();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(s.getKey() + ": " + e.getMessage() + "\n" + result.translated(), e);
                }
            }
            c.rollback();
        }
    }

    /** The statements of app.sql by their {@code -- name:}. */
    private static Map<String, String> statements() throws Exception {
        Map<String, String> named = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("shop/app.sql"))) {
            if (line.startsWith("-- name: ")) {
                name = line.substring("-- name: ".length()).strip();
            } else if (name != null && !line.isBlank() && !line.startsWith("--")) {
                sql.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = sql.toString().strip();
                    assertEquals(null, named.put(name, text.substring(0, text.length() - 1)), "duplicate name " + name);
                    name = null;
                    sql.setLength(0);
                }
            }
        }
        return named;
    }
}
