package io.cutover.sandbox;

import java.nio.file.Path;

/**
 * A private throwaway database server: its own directory (data, log, socket), a port on 127.0.0.1,
 * a database {@code cutover} and a superuser {@code cutover}/{@code cutover}.
 * Server output goes to {@code server.log} in {@link #directory()}.
 */
public interface DatabaseServer extends AutoCloseable {

    /** Default database and login name. */
    String NAME = "cutover";

    Engine engine();

    /** The server's directory: data, log, socket. */
    Path directory();

    /** The name of {@link #directory()}, e.g. {@code pg0}. */
    default String name() {
        return directory().getFileName().toString();
    }

    /** The TCP port on 127.0.0.1; 0 before the first start. Restarts keep it. */
    int port();

    /** JDBC URL of the {@code cutover} database. */
    default String jdbcUrl() {
        return jdbcUrl(NAME);
    }

    String jdbcUrl(String database);

    default String username() {
        return NAME;
    }

    /** Fixed: these servers only listen on 127.0.0.1 and hold test data. */
    default String password() {
        return NAME;
    }

    /** Creates a database named {@code [A-Za-z_][A-Za-z0-9_]*}. */
    void createDatabase(String name);

    /**
     * Starts the server (first start: creates the data dir and picks a free port) and waits until it accepts logins.
     * Fails once the server was closed.
     */
    void start();

    /** Shuts down cleanly and waits; SIGKILL if it takes longer than 30 seconds. No-op when not running. */
    void stop();

    /** SIGKILL to the server and its child processes, as a crash would; waits until they are gone. */
    void kill();

    boolean isRunning();

    /** Pid of the most recently started server process, -1 if never started. */
    long pid();

    /**
     * Stops the server if running, then deletes its directory. Waits for a {@link #start()} in progress on another
     * thread; a closed server does not start again.
     */
    @Override
    void close();
}
