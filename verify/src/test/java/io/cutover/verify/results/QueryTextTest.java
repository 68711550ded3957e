package io.cutover.verify.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cutover.mappings.CutoverException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void readsLeadingCommentsAndBinds() {
        QueryText t = QueryText.of("-- header\n\n-- name: by_id\n/* note */ -- binds: ID=42, s='it''s, ok', x=NULL,"
                + " 1=2.50\nSELECT 1 FROM dual WHERE id = :id");
        assertEquals("by_id", t.name);
        assertEquals("SELECT 1 FROM dual WHERE id = :id", t.body);
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", 42L);
        expected.put("s", "it's, ok");
        expected.put("x", null);
        expected.put("1", new BigDecimal("2.50"));
        assertEquals(expected, t.binds);
        assertNull(QueryText.of("-- binds: a=1\n-- name: other\nSELECT 1 FROM dual").binds,
                "binds belong to the statement they precede");
        assertThrows(CutoverException.class, () -> QueryText.parseBinds("a=PAID"));
    }

    @Test
    void findsTheClockAndSequencesOutsideLiterals() {
        assertEquals("depends on the time: SYSDATE", QueryText.of("SELECT * FROM t WHERE d < sysdate - 1")
                .nonDeterministic());
        assertEquals("depends on a sequence: NEXTVAL", QueryText.of("SELECT s.nextval FROM dual").nonDeterministic());
        assertNull(QueryText.of("SELECT 'SYSDATE' AS \"SYSTIMESTAMP\" FROM t -- sysdate\n").nonDeterministic());
    }
}
