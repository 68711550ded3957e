package io.cutover.mappings.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every keyword a live server knows that our list does not quote must work as a bare column name there.
 * (Trying only those keeps the servers from logging hundreds of expected syntax errors.)
 */
@Servers(postgres = 1, mariadb = 1)
class ReservedWordsTest {

    @Test
    void mariadbAcceptsEveryUnquotedKeyword(SandboxCluster servers) throws SQLException {
        assertBareNamesWork(servers.mariadb(0), "SELECT word FROM information_schema.KEYWORDS WHERE word REGEXP '^[A-Za-z_]+$'",
                Dialect.Family.MYSQL);
    }

    @Test
    void postgresqlAcceptsEveryUnquotedKeyword(SandboxCluster servers) throws SQLException {
        assertBareNamesWork(servers.postgres(0), "SELECT word FROM pg_get_keywords()", Dialect.Family.POSTGRESQL);
    }

    private static void assertBareNamesWork(DatabaseServer server, String keywords, Dialect.Family family)
            throws SQLException {
        List<String> rejected = new ArrayList<>();
        try (Scratch db = Scratch.on(server)) {
            List<String> words = new ArrayList<>();
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(keywords)) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
            for (String w : words) {
                if (!ReservedWords.contains(family, w)) {
                    try {
                        db.execute("CREATE TABLE kw (" + w.toLowerCase(Locale.ROOT) + " INT)");
                        db.execute("DROP TABLE kw");
                    } catch (SQLException e) {
                        rejected.add(w);
                    }
                }
            }
            assertEquals(List.of(), rejected, "keywords the server rejects as bare names but we would not quote");
        }
    }
}
