package io.cutover.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The lifecycle both engines share; subclasses say how to initialise, launch and stop their server. */
abstract class AbstractDatabaseServer implements DatabaseServer {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int PORT_ATTEMPTS = 5;
    /** Unix socket paths are limited to 107 bytes; keep room for the file name. */
    private static final int MAX_DIR_LENGTH = 80;

    private final Engine engine;
    private final Path directory;
    private int port;
    private long pid;
    private boolean closed;

    AbstractDatabaseServer(Engine engine, Path directory, int port, long pid) {
        this.engine = engine;
        this.directory = directory.toAbsolutePath().normalize();
        this.port = port;
        this.pid = pid;
    }

    /** Throws a {@link SandboxException} naming the package to install if the server's binaries are missing. */
    abstract void requireBinaries();

    /** Creates {@code dataDir()} (the server directory exists). */
    abstract void initialize();

    /** The server command line, without any privilege-dropping prefix. */
    abstract List<String> command(int port);

    /** Whether the server must not run as root. */
    abstract boolean unprivileged();

    /** Command names (as in /proc/pid/stat) the server process may have. */
    abstract Set<String> processNames();

    /** Signal that asks for a clean shutdown that does not wait for clients. */
    abstract String stopSignal();

    /** URL parameters that bound how long a login attempt may hang. */
    abstract String loginTimeoutParameters();

    abstract String createDatabaseSql(String name);

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized int port() {
        return port;
    }

    @Override
    public synchronized long pid() {
        return pid;
    }

    Path dataDir() {
        return directory.resolve("data");
    }

    Path logFile() {
        return directory.resolve("server.log");
    }

    @Override
    public synchronized void start() {
        if (closed) {
            // its directory is gone and whoever closed it will not stop it again
            throw new SandboxException(name() + " was closed before it started");
        }
        requireBinaries();
        if (isRunning()) {
            throw new SandboxException(name() + " is already running as pid " + pid + " on port " + port);
        }
        if (!Files.isDirectory(dataDir())) {
            prepareDirectory();
            initialize();
        }
        if (port != 0) {
            launch();
            return;
        }
        for (int attempt = 1; ; attempt++) {
            port = FreePort.pick();
            try {
                launch();
                return;
            } catch (PortTakenException e) {
                port = 0;
                if (attempt == PORT_ATTEMPTS) {
                    throw new SandboxException(name() + ": every free port picked was taken before the server bound it", e);
                }
            }
        }
    }

    private void prepareDirectory() {
        if (directory.toString().length() > MAX_DIR_LENGTH) {
            throw new SandboxException(directory + " is too long to hold a Unix socket (at most " + MAX_DIR_LENGTH
                    + " characters); use a shorter base directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
        if (unprivileged()) {
            Unprivileged.requireReachable(directory);
            Unprivileged.chown(directory);
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add("setsid"); // own session: a Ctrl-C to the JVM's terminal must not reach the server
        if (unprivileged()) {
            command.addAll(Unprivileged.prefix());
        }
        command.addAll(command(port));
        long logOffset = Commands.size(logFile());
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(new File("/dev/null"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            pid = process.pid();
        } catch (IOException e) {
            throw new SandboxException("could not start " + command + ": " + e.getMessage(), e);
        }
        awaitReady(logOffset);
    }

    private void awaitReady(long logOffset) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            // not isRunning(): until setsid and setpriv have exec'd the server, the process has their names
            if (!Pids.exists(pid)) {
                String log = Commands.tail(logFile(), logOffset);
                if (log.contains("Address already in use")) {
                    throw new PortTakenException();
                }
                throw new SandboxException(name() + " exited during startup. Log " + logFile() + ":\n" + log);
            }
            try {
                DriverManager.getConnection(jdbcUrl() + loginTimeoutParameters(), username(), password()).close();
                return;
            } catch (SQLException e) {
                last = e;
            }
            Pids.sleep(20);
        }
        kill();
        throw new SandboxException(name() + " did not accept logins within " + READY_TIMEOUT.toSeconds() + "s (last error: "
                + (last == null ? "none" : last.getMessage()) + "). Log " + logFile() + ":\n" + Commands.tail(logFile(), logOffset));
    }

    @Override
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        List<Long> tree = Pids.tree(pid);
        Pids.signal(pid, stopSignal());
        if (!Pids.awaitExit(tree, STOP_TIMEOUT)) {
            kill();
        }
    }

    @Override
    public synchronized void kill() {
        if (!isRunning()) {
            return;
        }
        List<Long> tree = Pids.tree(pid);
        for (long p : tree) {
            Pids.signal(p, "KILL");
        }
        if (!Pids.awaitExit(tree, STOP_TIMEOUT)) {
            throw new SandboxException(name() + ": processes " + tree + " survived SIGKILL");
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return Pids.isAlive(pid, processNames());
    }

    @Override
    public synchronized void createDatabase(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("database name must match [A-Za-z_][A-Za-z0-9_]*: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), username(), password());
             Statement s = c.createStatement()) {
            s.execute(createDatabaseSql(name));
        } catch (SQLException e) {
            throw new SandboxException(name() + ": could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        stop();
        Dirs.delete(directory);
    }

    @Override
    public String toString() {
        return engine + " " + name() + " port=" + port + " pid=" + pid;
    }

    /** The port was taken between picking it and the server binding it. */
    private static final class PortTakenException extends RuntimeException {
    }
}
