package io.cutover.cli.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.samples.ShopData;
import io.cutover.sandbox.SandboxDirectory;
import io.cutover.sandbox.SandboxEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C while the demo's servers start: the shutdown hook's {@link DemoContext#close()} must stop every server
 * started so far. Kept servers may stay only once recorded in the demo directory, where {@code sandbox down} finds them.
 */
class DemoContextCloseTest {
    private static final Set<String> SERVER_NAMES = Set.of("postgres", "mariadbd", "mysqld");

    @ParameterizedTest(name = "keep={0}")
    @ValueSource(booleans = {false, true})
    void closeWhileServersStartLeavesNoUnrecordedServer(boolean keep, @TempDir Path temp) throws IOException {
        // PostgreSQL runs as nobody when the tests run as root: the directory must be reachable by others
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = temp.resolve("demo");
        Set<Long> before = serverProcesses();
        DemoContext context = new DemoContext(new DemoOptions(ShopData.Size.ofRows(1000), 1, Duration.ofSeconds(1), 1,
                dir, keep));
        CompletableFuture<StepResult> start = CompletableFuture.supplyAsync(() -> {
            try {
                return new ServersStep().run(context);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        try {
            // as a Ctrl-C would: as soon as a server process exists, while the others are still starting
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> start.isDone() || !started(before).isEmpty());
            context.close();
            // the JVM halts once the shutdown hook returns: by then nothing may run that nobody will stop
            assertEquals(recordedAndRunning(dir, keep), started(before), "server processes running after close");
            try {
                start.join();
            } catch (CompletionException stoppedUnderIt) {
                // the step fails when its servers are stopped while it runs
            }
            assertEquals(recordedAndRunning(dir, keep), started(before), "server processes started after close");
        } finally {
            new SandboxDirectory(dir).down();
        }
    }

    /** Kept servers the demo directory records: {@code sandbox down --dir} stops them. */
    private static Set<Long> recordedAndRunning(Path dir, boolean keep) {
        if (!keep) {
            return Set.of();
        }
        return new SandboxDirectory(dir).status().stream().filter(SandboxEntry::running).map(SandboxEntry::pid)
                .collect(Collectors.toSet());
    }

    private static Set<Long> started(Set<Long> before) {
        Set<Long> now = serverProcesses();
        now.removeAll(before);
        return now;
    }

    /** Live (not zombie) server processes this JVM started: the sandbox servers are its children. */
    private static Set<Long> serverProcesses() {
        Set<Long> pids = new HashSet<>();
        ProcessHandle.current().children().forEach(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                if (SERVER_NAMES.contains(name) && state != 'Z' && state != 'X') {
                    pids.add(p.pid());
                }
            } catch (IOException gone) {
                // exited meanwhile
            }
        });
        return pids;
    }
}
