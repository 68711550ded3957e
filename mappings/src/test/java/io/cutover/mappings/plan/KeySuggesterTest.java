package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggesterTest {
    private static final List<String> SHARD_BY = PlanKey.Section.SHARD_BY.names();
    private static final List<String> SOURCE = PlanKey.Section.SOURCE.names();

    @ParameterizedTest
    @CsvSource({"algoritm, algorithm", "tablesPerShard, tables-per-shard", "tables_per_shard, tables-per-shard",
            "colum, column", "column, column", "physical_name, physical-name", "boundary, boundaries"})
    void suggestsTheClosestShardByKey(String typo, String expected) {
        assertEquals(expected, KeySuggester.closest(typo, SHARD_BY));
    }

    @ParameterizedTest
    @CsvSource({"user, username", "usr, username", "pwd, password", "url, jdbc-url", "jdbcUrl, jdbc-url", "Type, type"})
    void suggestsSourceKeysForAbbreviationsAndOtherCasings(String typo, String expected) {
        assertEquals(expected, KeySuggester.closest(typo, SOURCE));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertNull(KeySuggester.closest("version", PlanKey.Section.PLAN.names()));
        assertEquals("; allowed: a, b", KeySuggester.hint("zzz", List.of("a", "b"), "allowed"));
    }

    @Test
    void levenshteinDistance() {
        assertEquals(0, KeySuggester.distance("mod", "mod"));
        assertEquals(3, KeySuggester.distance("kitten", "sitting"));
        assertEquals(4, KeySuggester.distance("", "hash"));
    }
}
