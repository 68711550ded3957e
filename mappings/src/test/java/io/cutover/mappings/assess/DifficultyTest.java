package io.cutover.mappings.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cutover.mappings.assess.AssessmentReport.ConstructUse;
import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.schema.ManualObject.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DifficultyTest {
    private static final List<ManualWork> HARD = Assessment.of(Ddl.HARD, Ddl.hard()).report().manualObjects();

    @Test
    void procedureUsingEveryConstruct() {
        ManualWork p = HARD.get(0);
        assertEquals("MOVE_MONEY", p.name());
        assertEquals(23, p.lines());
        // comments and string literals mention EXECUTE IMMEDIATE and ROWNUM too: those do not count
        Map<Construct, Integer> counts = p.constructs().stream()
                .collect(Collectors.toMap(ConstructUse::construct, ConstructUse::count));
        assertEquals(Map.ofEntries(Map.entry(Construct.AUTONOMOUS_TRANSACTION, 1), Map.entry(Construct.DYNAMIC_SQL, 2),
                Map.entry(Construct.DATABASE_LINK, 1), Map.entry(Construct.CONNECT_BY, 1),
                Map.entry(Construct.ORACLE_PACKAGE, 1), Map.entry(Construct.MERGE, 1),
                Map.entry(Construct.BULK_COLLECT, 1), Map.entry(Construct.FORALL, 1), Map.entry(Construct.CURSOR, 1),
                Map.entry(Construct.ROWNUM, 1), Map.entry(Construct.OUTER_JOIN, 1), Map.entry(Construct.HINT, 1)),
                counts);
        // 6 (procedure) + floor(23 / 5) + 8 + 2 x 5 + 5 + 4 + 3 + 3 + 2 + 2 + 2 + 2 + 2 + 1
        assertEquals(54, p.score());
        assertEquals(List.of(Construct.values()), p.constructs().stream().map(ConstructUse::construct).toList());
    }

    @Test
    void firstOccurrenceLineAndExcerptWithPasswordMasked() {
        ConstructUse dynamic = HARD.get(0).constructs().get(1);
        assertEquals(new ConstructUse(Construct.DYNAMIC_SQL, 2, 10, 18,
                "EXECUTE IMMEDIATE 'CREATE USER audit_reader IDENTIFIED BY ***"), dynamic);
        ConstructUse hint = HARD.get(0).constructs().get(11);
        assertEquals(20, hint.line());
        assertEquals(100, hint.excerpt().length());
        assertFalse(HARD.toString().contains("hunter2"));
        assertFalse(HARD.toString().contains("s3cret"));
    }

    @Test
    void viewAndDatabaseLink() {
        assertEquals(new ManualWork(Kind.VIEW, "V_TOP_ACCOUNTS", HARD.get(1).location(), 2, 2 + 2 + 2,
                HARD.get(1).constructs()), HARD.get(1));
        assertEquals(List.of(Construct.ROWNUM, Construct.OUTER_JOIN),
                HARD.get(1).constructs().stream().map(ConstructUse::construct).toList());
        assertEquals(new ManualWork(Kind.DATABASE_LINK, "LEDGER_LINK", HARD.get(2).location(), 1, 4, List.of()),
                HARD.get(2));
    }
}
