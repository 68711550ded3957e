package io.cutover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxDirectoryTest {

    private Path base;

    @BeforeEach
    void createBase() throws IOException {
        base = Files.createTempDirectory(Dirs.scratchRoot(), "cutover-sbxdir-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @AfterEach
    void removeBase() {
        new SandboxDirectory(base.resolve("sandbox")).down();
        Dirs.delete(base);
    }

    @Test
    void upStatusDownLeavesNoProcessNorPort() throws Exception {
        SandboxDirectory sandbox = new SandboxDirectory(base.resolve("sandbox"));
        List<DatabaseServer> started = sandbox.up(1, 2);
        assertEquals(List.of("pg0", "mariadb0", "mariadb1"), started.stream().map(DatabaseServer::name).toList());

        // a new handle reads only the state file, as a later JVM would
        List<SandboxEntry> status = new SandboxDirectory(base.resolve("sandbox")).status();
        assertEquals(3, status.size());
        for (int i = 0; i < 3; i++) {
            SandboxEntry entry = status.get(i);
            DatabaseServer server = started.get(i);
            assertEquals(server.name(), entry.name());
            assertEquals(server.engine(), entry.engine());
            assertEquals(server.port(), entry.port());
            assertEquals(server.pid(), entry.pid());
            assertEquals(server.jdbcUrl(), entry.jdbcUrl());
            assertTrue(entry.running());
            ServerLifecycleTest.query(server, "SELECT 1");
        }

        SandboxException twice = assertThrows(SandboxException.class, () -> sandbox.up(1, 0));
        assertTrue(twice.getMessage().contains("cutover sandbox down"), twice.getMessage());

        assertEquals(3, new SandboxDirectory(base.resolve("sandbox")).down().size());
        for (SandboxEntry entry : status) {
            Processes.assertGone(entry.pid());
            Processes.assertPortClosed(entry.port());
            assertFalse(Files.exists(base.resolve("sandbox").resolve(entry.name())));
        }
        assertEquals(List.of(), sandbox.status());
        assertFalse(Files.exists(sandbox.path()));
    }

    @Test
    void staleEntriesShowAsStoppedAndGoAway() {
        SandboxDirectory sandbox = new SandboxDirectory(base.resolve("sandbox"));
        DatabaseServer maria = sandbox.up(0, 1).get(0);
        maria.kill();

        SandboxEntry stale = sandbox.status().get(0);
        assertEquals("mariadb0", stale.name());
        assertFalse(stale.running());

        // up cleans stale records before it starts anew
        List<DatabaseServer> again = sandbox.up(1, 0);
        assertEquals(List.of("pg0"), sandbox.status().stream().map(SandboxEntry::name).toList());
        assertFalse(Files.exists(maria.directory()));
        sandbox.down();
        Processes.assertGone(again.get(0).pid());
        assertEquals(List.of(), sandbox.status());
    }
}
