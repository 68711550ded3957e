package io.cutover.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Servers that outlive the JVM that started them, for {@code cutover sandbox up|status|down}. Each server
 * lives in {@code <dir>/<name>}; {@code <dir>/sandbox.properties} records engine, port and pid per name,
 * so a later JVM finds them. {@code up} refuses while recorded servers still run: run {@code down} first.
 */
public final class SandboxDirectory {

    public static final Path DEFAULT = Path.of(".cutover", "sandbox");
    private static final String STATE_FILE = "sandbox.properties";

    private final Path dir;

    public SandboxDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path path() {
        return dir;
    }

    /** Starts the servers and records them; stale records (processes gone) are cleaned up first. */
    public List<DatabaseServer> up(int postgres, int mariadb) {
        return up(postgres, mariadb, server -> { });
    }

    /**
     * As {@link #up(int, int)}, handing each server to {@code created} before it starts: closing it then, from any
     * thread, stops it or keeps it from starting (and fails this start). Servers are recorded once all have started.
     */
    public List<DatabaseServer> up(int postgres, int mariadb, Consumer<DatabaseServer> created) {
        List<SandboxEntry> running = status().stream().filter(SandboxEntry::running).toList();
        if (!running.isEmpty()) {
            throw new SandboxException("sandbox in " + dir + " is already up (" + running.stream().map(SandboxEntry::name).toList()
                    + "). Run 'cutover sandbox down' first.");
        }
        down();
        try {
            Files.createDirectories(dir);
            // PostgreSQL may run as nobody, which must reach its directory below this one
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        List<DatabaseServer> servers = ParallelStart.start(dir, postgres, mariadb, created);
        write(servers);
        return servers;
    }

    /** Recorded servers in start order; empty when nothing is recorded. */
    public List<SandboxEntry> status() {
        return servers().stream().map(s -> new SandboxEntry(s.name(), s.engine(), s.port(), s.pid(), s.jdbcUrl(), s.isRunning())).toList();
    }

    /**
     * Stops every recorded server (clean shutdown, SIGKILL after 30 seconds), deletes its directory, the state
     * file and the sandbox directory if that is then empty. Returns what was recorded, with {@code running} as it was before.
     */
    public List<SandboxEntry> down() {
        List<SandboxEntry> before = status();
        for (DatabaseServer server : servers()) {
            server.close();
        }
        try {
            Files.deleteIfExists(dir.resolve(STATE_FILE));
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // holds files that are not ours; leave them
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return before;
    }

    private List<DatabaseServer> servers() {
        Properties state = new Properties();
        Path file = dir.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Reader in = Files.newBufferedReader(file)) {
            state.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        List<DatabaseServer> servers = new ArrayList<>();
        for (String name : state.getProperty("servers", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                servers.add(Engine.valueOf(state.getProperty(name + ".engine"))
                        .attach(dir.resolve(name), Integer.parseInt(state.getProperty(name + ".port")),
                                Long.parseLong(state.getProperty(name + ".pid"))));
            } catch (RuntimeException e) {
                throw new SandboxException(file + ": bad entry for server '" + name + "': " + e.getMessage()
                        + ". Stop its process by hand if it runs, then delete " + dir, e);
            }
        }
        return servers;
    }

    private void write(List<DatabaseServer> servers) {
        Properties state = new Properties();
        state.setProperty("servers", String.join(",", servers.stream().map(DatabaseServer::name).toList()));
        for (DatabaseServer s : servers) {
            state.setProperty(s.name() + ".engine", s.engine().name());
            state.setProperty(s.name() + ".port", Integer.toString(s.port()));
            state.setProperty(s.name() + ".pid", Long.toString(s.pid()));
        }
        Path tmp = dir.resolve(STATE_FILE + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp)) {
                state.store(out, "cutover sandbox servers; written by 'cutover sandbox up'");
            }
            Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve(STATE_FILE), e);
        }
    }
}
