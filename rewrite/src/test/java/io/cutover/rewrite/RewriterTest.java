package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewriterTest {
    private final Rewriter rewriter = Rewriter.to(Dialect.MARIADB).build();

    @Test
    void repeatedStatementComesFromTheCache() {
        String sql = "SELECT NVL(a, 0) FROM t WHERE id = :id";
        assertSame(rewriter.rewriteStatement(sql), rewriter.rewriteStatement(sql));
    }

    @Test
    void issuesCarryScriptPositions() {
        RewriteResult r = rewriter.rewrite("SELECT 1 FROM dual;\n\n  SELECT SOUNDEX(name)\n  FROM emp;");
        Issue issue = r.statements().get(1).issues().get(0);
        assertEquals(3, issue.line());
        assertEquals(10, issue.column());
        assertEquals("SOUNDEX()", issue.construct());
        assertEquals(1, r.unsupported());
    }

    @Test
    void untranslatableStatementHasNoTranslation() {
        StatementResult r = rewriter.rewriteStatement("SELECT * FROM sales MODEL DIMENSION BY (y) MEASURES (a) "
                + "RULES (a[1] = 0)");
        assertNull(r.translated());
        assertTrue(r.issues().stream().anyMatch(i -> i.construct().equals("MODEL")));
    }

    @Test
    void jsonViewHoldsOnlyPlainValues() {
        Map<String, Object> m = rewriter.rewriteStatement("SELECT x FROM t WHERE a = :1 AND ROWNUM <= 5").toMap();
        assertEquals(List.of("1"), m.get("binds"));
        assertEquals("SELECT x FROM t WHERE a = ?\nLIMIT 5", m.get("translated"));
        assertTrue(((List<?>) m.get("rules")).contains("ROWNUM to row limit"));
    }

    @Test
    void cacheSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Rewriter.to(Dialect.MYSQL).cacheSize(0));
    }
}
