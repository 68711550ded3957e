package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The newcomer's path: sandbox up, validate the written mapping with --connect, sandbox down. */
class SandboxCommandTest {
    private static final Pattern PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern PID = Pattern.compile("pid (\\d+)");
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        // PostgreSQL runs as nobody when the tests run as root: the directory must be reachable by others
        dir = Files.createTempDirectory("cutover-cli", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x"))).resolve("sb");
    }

    @AfterEach
    void down() {
        CliRun.of("sandbox", "down", "--dir", dir.toString());
    }

    @Test
    void upValidateDownLeavesNothingBehind() {
        CliRun up = CliRun.of("sandbox", "up", "--dir", dir.toString());
        assertEquals(0, up.exitCode(), up.err());
        Path mapping = dir.resolve("mapping.yaml");
        assertTrue(Files.exists(mapping));
        List<Integer> ports = all(PORT, up.out());
        assertEquals(3, ports.size(), up.out());
        assertTrue(up.out().contains("Stop them:  ./cutover sandbox down --dir " + dir + "\n"), up.out());

        CliRun validate = CliRun.of("plan", "validate", "--connect", "-f", mapping.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertEquals(3, count(validate.out(), "reachable "), validate.out());
        assertTrue(validate.out().contains("PostgreSQL"), validate.out());
        assertTrue(validate.out().contains("MariaDB"), validate.out());

        CliRun status = CliRun.of("sandbox", "status", "--dir", dir.toString());
        List<Integer> pids = all(PID, status.out());
        assertEquals(3, pids.size(), status.out());

        CliRun again = CliRun.of("sandbox", "up", "--dir", dir.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("sandbox down"), again.err());

        CliRun down = CliRun.of("sandbox", "down", "--dir", dir.toString());
        assertEquals(0, down.exitCode(), down.err());
        for (int pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && !isZombie(pid), "process " + pid + " still runs");
        }
        for (int port : ports) {
            assertTrue(free(port), "port " + port + " still taken");
        }
        assertFalse(Files.exists(dir), "sandbox directory removed");
    }

    @Test
    void refusesASandboxWithoutAShard() {
        CliRun run = CliRun.of("sandbox", "up", "--pg", "1", "--mariadb", "0", "--dir", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("at least two servers"), run.err());
    }

    private static boolean isZombie(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true; // gone
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Integer> all(Pattern pattern, String text) {
        List<Integer> values = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            values.add(Integer.parseInt(m.group(1)));
        }
        return values;
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }
}
