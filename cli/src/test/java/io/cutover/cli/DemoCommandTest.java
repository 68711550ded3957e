package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.sandbox.SandboxDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover demo} end to end at a small size, judged by its JSON summary. */
class DemoCommandTest {

    @Test
    void movesVerifiesRepairsAndStopsEveryServer(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("summary.json");
        CliRun run = CliRun.of("demo", "--rows", "3000", "--workload", "3", "--rate", "100",
                "--dir", dir.resolve("demo").toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode summary = new ObjectMapper().readTree(Files.readString(json));

        assertEquals(9, summary.get("tables").size(), "every mapped table but audit_log");
        for (JsonNode t : summary.get("tables")) {
            assertEquals(t.get("source").asLong(), t.get("target").asLong(), t.toString());
            for (JsonNode copy : t.get("copies")) {
                assertEquals(t.get("source").asLong(), copy.asLong(), t.toString());
            }
        }
        assertTrue(summary.at("/copy/rows").asLong() > 2000, summary.get("copy").toString());
        assertTrue(summary.at("/workload/changes").asLong() > 0, summary.get("workload").toString());
        assertTrue(summary.get("verifiedEqual").asBoolean(), run.out());
        assertTrue(summary.get("reverifiedEqual").asBoolean(), run.out());
        assertEquals(0, summary.at("/lag/finalLagEvents").asLong());

        List<String> kinds = new ArrayList<>();
        for (JsonNode d : summary.at("/differences/differences")) {
            kinds.add(d.get("kind").asText() + " " + d.get("table").asText());
        }
        assertEquals(List.of("DIFFERENT customers", "MISPLACED orders", "MISSING order_items"), kinds.stream().sorted().toList());
        assertEquals(0, summary.at("/differences/missed").size(), "each found where it was put");
        JsonNode misplaced = only(summary.at("/differences/differences"), "MISPLACED");
        JsonNode moved = only(step(summary, "break").at("/figures/injected"), "MISPLACED");
        assertEquals(moved.get("location").asText(), misplaced.get("location").asText());
        assertNotEquals(shard(moved.get("home")), shard(misplaced.get("location")), "a row on the wrong shard: " + moved);
        assertTrue(summary.at("/differences/repairStatements").asLong() >= 3, summary.get("differences").toString());

        assertEquals(3, summary.get("servers").size());
        for (JsonNode server : summary.get("servers")) {
            assertFalse(ProcessHandle.of(server.get("pid").asLong()).map(ProcessHandle::isAlive).orElse(false),
                    server + " still runs");
        }
        assertTrue(Files.exists(dir.resolve("demo/reports/assessment.html")));
        assertFalse(Files.exists(dir.resolve("demo/mapping.yaml")), "no mapping file pointing at removed servers");
        assertFalse(run.out().contains("\r"), "plain lines when stdout is not a terminal");
    }

    @Test
    void aServerThatCannotStartIsReportedAsSuchNotAsMissingPackages(@TempDir Path dir) {
        // kept servers live in --dir; this one is too long for a Unix socket path
        Path tooLong = dir.resolve("x".repeat(90));
        CliRun run = CliRun.of("demo", "--keep", "--dir", tooLong.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("demo step servers failed: ") && run.err().contains("too long to hold a Unix socket"),
                run.err());
        assertFalse(run.err().contains("apt-get"), run.err());
    }

    @Test
    void refusesToStartWhileAKeptDemoRuns(@TempDir Path dir) {
        SandboxDirectory kept = new SandboxDirectory(dir);
        kept.up(1, 0);
        try {
            CliRun run = CliRun.of("demo", "--dir", dir.toString());
            assertEquals(3, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains("stop it first: ./cutover sandbox down --dir " + dir), run.err());
        } finally {
            kept.down();
        }
    }

    private static JsonNode step(JsonNode summary, String name) {
        for (JsonNode step : summary.get("steps")) {
            if (step.get("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name + " in " + summary.get("steps"));
    }

    private static JsonNode only(JsonNode differences, String kind) {
        List<JsonNode> found = new ArrayList<>();
        differences.forEach(d -> {
            if (d.get("kind").asText().equals(kind)) {
                found.add(d);
            }
        });
        assertEquals(1, found.size(), differences.toString());
        return found.get(0);
    }

    /** The shard of a location {@code shard.physical_table}. */
    private static String shard(JsonNode location) {
        return location.asText().substring(0, location.asText().indexOf('.'));
    }
}
