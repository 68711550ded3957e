package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key declarations are the reference for the README; they must be well-formed and be what the loader accepts. */
class PlanKeyTest {
    @Test
    void keysAreKebabCaseUniquePerSectionAndDescribed() {
        for (PlanKey.Section section : PlanKey.Section.values()) {
            List<String> names = section.names();
            assertFalse(names.isEmpty(), section + " has no keys");
            assertEquals(names.size(), new HashSet<>(names).size(), section + " declares a key twice");
            for (PlanKey key : section.keys()) {
                assertTrue(key.yamlName().matches("[a-z]+(-[a-z]+)*"), key + " is not kebab-case");
                assertTrue(key.description().endsWith("."), key + " needs a one-sentence description");
            }
        }
    }

    @Test
    void loaderNamesTheDeclaredKeysWhenOneIsUnknown() {
        for (PlanKey.Section section : PlanKey.Section.values()) {
            String allowed = "allowed keys: " + String.join(", ", section.names());
            String yaml = yamlWithUnknownKeyIn(section);
            InvalidPlanException e = assertThrows(InvalidPlanException.class,
                    () -> PlanLoader.load("k.yaml", yaml, Path.of("."), name -> null));
            assertTrue(e.getMessage().contains("unknown key 'zzz' in " + section.label() + "; " + allowed), e.getMessage());
        }
    }

    private static String yamlWithUnknownKeyIn(PlanKey.Section section) {
        String source = section == PlanKey.Section.SOURCE ? "{ zzz: 1 }" : "{}";
        String shard = section == PlanKey.Section.SHARD ? "{ zzz: 1 }" : "{}";
        String table = section == PlanKey.Section.TABLE ? "{ zzz: 1 }"
                : section == PlanKey.Section.SHARD_BY ? "{ shard-by: { zzz: 1 } }" : "{}";
        String target = section == PlanKey.Section.TARGET ? "{ zzz: 1 }" : "{ shards: [" + shard + "] }";
        String overrides = section == PlanKey.Section.TYPE_OVERRIDES ? "type-overrides: { zzz: 1 }\n" : "";
        String stream = section == PlanKey.Section.STREAM ? "stream: { zzz: 1 }\n"
                : section == PlanKey.Section.STREAM_STATE ? "stream: { state: { zzz: 1 } }\n" : "";
        return (section == PlanKey.Section.PLAN ? "zzz: 1\n" : "") + "source: " + source + "\ntarget: " + target
                + "\ntables: [" + table + "]\n" + overrides + stream;
    }
}
