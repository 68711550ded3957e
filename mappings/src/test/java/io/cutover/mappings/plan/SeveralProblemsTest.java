package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeveralProblemsTest {
    @Test
    void reportsEveryProblemInFileOrder() throws Exception {
        Path file = Path.of(getClass().getResource("/plans/several-problems.yaml").toURI());

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanLoader.load(file, Map.<String, String>of()::get));

        List<String> expected = List.of(
                "3:3: source type oracle needs 'schema' in source: the schema whose tables are migrated",
                "4:13: source type oracle needs a jdbc-url starting with jdbc:oracle:; found jdbc:postgresql:",
                "5:3: unknown key 'usr' in source; did you mean 'username'? allowed keys: type, jdbc-url, username, password, schema",
                "10:15: duplicate shard name 's0' (first at 9:15); shard names must be unique",
                "12:82: boundaries of table ORDERS must be strictly ascending; 20 follows 30",
                "13:43: algorithm mod takes exactly one column; table ITEMS lists 2 (A, B); use algorithm hash for a key of several columns",
                "13:85: 'tables-per-shard' in shard-by must be a positive integer; found '-1'",
                "13:91: table ITEMS has more than one placement (shard-by, exclude); give exactly one of shard-by, broadcast: true, shard: <name> or exclude: true",
                "14:15: table ORDERS is listed twice (first at 12:15); map each source table once",
                "15:43: unknown key 'physical-name' in table; allowed keys: source, target, shard-by, broadcast, shard, exclude");
        assertEquals(expected, e.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + ": " + p.message()).toList());
        assertEquals(String.join("\n", expected.stream().map(line -> file + ":" + line).toList()), e.getMessage());
    }
}
