package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("plan"), run.out());
        assertTrue(run.out().contains("sandbox"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void nestedHelp() {
        CliRun run = CliRun.of("plan", "validate", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--connect"), run.out());
    }

    @Test
    void versionNamesCutover() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("cutover "), run.out());
    }

    @Test
    void unknownCommandSuggestsAndExitsTwo() {
        CliRun run = CliRun.of("plna");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: cutover plan"), run.err());
    }

    @Test
    void noCommandIsAnError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing command"), run.err());
    }

    @Test
    void completionScriptCoversSubcommands() {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("complete -F"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
    }
}
