package io.cutover.mappings.schema.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String script) {
        return StatementSplitter.split(script).stream().map(Statement::text).toList();
    }

    @Test
    void dropsSqlPlusCommandsAndCommentsBetweenStatements() {
        String script = """
                SET DEFINE OFF
                PROMPT creating
                REM old style
                -- a comment; with a semicolon
                /* block; comment */
                CREATE TABLE a (x NUMBER);
                """;
        assertEquals(List.of("CREATE TABLE a (x NUMBER)"), texts(script));
    }

    @Test
    void plsqlUnitEndsOnlyAtSlashLine() {
        String script = """
                CREATE OR REPLACE TRIGGER t BEFORE INSERT ON a FOR EACH ROW
                BEGIN
                  :NEW.x := 1;
                END;
                /
                CREATE TABLE b (y NUMBER);
                """;
        List<Statement> statements = StatementSplitter.split(script);
        assertEquals(2, statements.size());
        assertEquals(4, statements.get(0).lineCount());
        assertEquals("CREATE TABLE b (y NUMBER)", statements.get(1).text());
        assertEquals(6, statements.get(1).line());
    }

    @Test
    void semicolonsInsideLiteralsDoNotEndAStatement() {
        String script = "COMMENT ON TABLE a IS 'x; y';\nCOMMENT ON TABLE a IS q'[it's; fine]';\n"
                + "COMMENT ON COLUMN \"A;B\".c IS 'z';";
        assertEquals(List.of("COMMENT ON TABLE a IS 'x; y'", "COMMENT ON TABLE a IS q'[it's; fine]'",
                "COMMENT ON COLUMN \"A;B\".c IS 'z'"), texts(script));
    }

    @Test
    void slashLineEndsASqlStatementToo() {
        assertEquals(List.of("CREATE TABLE a (x NUMBER)", "CREATE TABLE b (x NUMBER)"),
                texts("CREATE TABLE a (x NUMBER)\n/\nCREATE TABLE b (x NUMBER);\n/\n"));
    }

    @Test
    void recordsLineAndColumnOfEachStatement() {
        List<Statement> statements = StatementSplitter.split("\n\n   CREATE TABLE a (x NUMBER); CREATE TABLE b (x NUMBER);");
        assertEquals(3, statements.get(0).line());
        assertEquals(4, statements.get(0).column());
        assertEquals(3, statements.get(1).line());
        assertEquals(31, statements.get(1).column());
    }

    @Test
    void unterminatedQuoteSpoilsOnlyItsOwnStatement() {
        assertEquals(List.of("COMMENT ON TABLE a IS 'oops", "CREATE TABLE b (x NUMBER)"),
                texts("COMMENT ON TABLE a IS 'oops;\nCREATE TABLE b (x NUMBER);"));
    }
}
