package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cutover stream} refuses before it connects anywhere. */
class StreamCommandTest {
    private static final String PLAN = """
            name: shop
            source: { type: postgresql, jdbc-url: "jdbc:postgresql://127.0.0.1:1/shop", username: u, password: pw-never-shown }
            target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/shop", username: u } ] }
            tables: [ { source: orders } ]
            """;

    @TempDir
    Path dir;

    @Test
    void withoutAStateDatabaseItNamesTheKeyAndExits2() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, PLAN + "stream:\n  batch-size: 100\n");

        CliRun run = CliRun.of("stream", "-f", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cutover: " + file + ":6:3: cutover stream needs 'state' in stream:"), run.err());
        assertTrue(!run.err().contains("pw-never-shown") && run.out().isEmpty(), run.out() + run.err());
    }

    @Test
    void aMappingFileWithoutStreamSectionPointsAtItsStart() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, PLAN);

        CliRun run = CliRun.of("stream", "-f", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(file + ":1:1: cutover stream needs 'state' in stream:"), run.err());
    }

    @Test
    void needsAMappingFile() {
        CliRun run = CliRun.of("stream");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--mapping=FILE'"), run.err());
    }
}
