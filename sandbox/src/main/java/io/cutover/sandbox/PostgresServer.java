package io.cutover.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A private PostgreSQL with logical decoding on (wal_level=logical). fsync=off: committed rows survive a killed
 * server (they are in the OS cache), not a machine crash; synchronous_commit stays on so kill() tests stay honest.
 * Logins from 127.0.0.1 use scram-sha-256; the {@code cutover} superuser may also open replication connections.
 */
public final class PostgresServer extends AbstractDatabaseServer {

    private final Binaries binaries;

    /** A stopped server in {@code directory}; {@link #start()} creates its data dir on first start. */
    public PostgresServer(Path directory) {
        this(directory, Binaries.system(), 0, -1);
    }

    PostgresServer(Path directory, Binaries binaries, int port, long pid) {
        super(Engine.POSTGRESQL, directory, port, pid);
        this.binaries = binaries;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    void requireBinaries() {
        binaries.postgresBinDir();
    }

    @Override
    void initialize() {
        Path bin = binaries.postgresBinDir();
        Path template = TemplateCache.dataDir(Engine.POSTGRESQL, bin.resolve("postgres"), work -> buildTemplate(bin, work));
        Dirs.copy(template, dataDir());
        Unprivileged.chown(dataDir());
    }

    /** initdb, then single-user mode creates the database: no server, no port needed. */
    private static void buildTemplate(Path bin, Path work) {
        Unprivileged.requireReachable(work);
        Path log = work.resolve("init.log");
        Path pwfile = work.resolve("pwfile");
        Path sql = work.resolve("init.sql");
        try {
            Files.writeString(pwfile, NAME + "\n");
            Files.writeString(sql, "CREATE DATABASE " + NAME + ";\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Unprivileged.chown(work);
        Path data = work.resolve("data");
        List<String> initdb = new ArrayList<>(Unprivileged.prefix());
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", NAME, "--pwfile=" + pwfile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"));
        Commands.run(initdb, work, null, log);
        List<String> single = new ArrayList<>(Unprivileged.prefix());
        single.addAll(List.of(bin.resolve("postgres").toString(), "--single", "-D", data.toString(), "-F", "template1"));
        Commands.run(single, work, sql, log);
    }

    @Override
    List<String> command(int port) {
        return List.of(binaries.postgresBinDir().resolve("postgres").toString(),
                "-D", dataDir().toString(),
                "-p", Integer.toString(port),
                "-k", directory().toString(),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "wal_level=logical",
                "-c", "max_replication_slots=10",
                "-c", "max_wal_senders=10",
                "-c", "fsync=off",
                "-c", "shared_buffers=32MB",
                "-c", "max_connections=100",
                // segments inside the data dir: a killed server leaves nothing in /dev/shm that close() misses
                "-c", "dynamic_shared_memory_type=mmap");
    }

    @Override
    boolean unprivileged() {
        return true;
    }

    @Override
    Set<String> processNames() {
        return Set.of("postgres");
    }

    /** SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for every client to disconnect. */
    @Override
    String stopSignal() {
        return "INT";
    }

    @Override
    String loginTimeoutParameters() {
        return "?loginTimeout=5&connectTimeout=5";
    }

    @Override
    String createDatabaseSql(String name) {
        return "CREATE DATABASE " + name;
    }
}
