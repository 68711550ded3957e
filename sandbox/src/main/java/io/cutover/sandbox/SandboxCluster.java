package io.cutover.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Consumer;

/** Servers started together under a fresh directory in /dev/shm (or java.io.tmpdir); {@link #close()} removes them all. */
public final class SandboxCluster implements AutoCloseable {

    private final Path baseDir;
    private final List<DatabaseServer> servers;

    private SandboxCluster(Path baseDir, List<DatabaseServer> servers) {
        this.baseDir = baseDir;
        this.servers = servers;
    }

    /** Starts {@code postgres} PostgreSQL and {@code mariadb} MariaDB servers in parallel. */
    public static SandboxCluster start(int postgres, int mariadb) {
        return start(postgres, mariadb, server -> { });
    }

    /**
     * As {@link #start(int, int)}, handing each server to {@code created} before it starts: closing it then, from any
     * thread, stops it or keeps it from starting (and fails this start).
     */
    public static SandboxCluster start(int postgres, int mariadb, Consumer<DatabaseServer> created) {
        Path baseDir;
        try {
            // world-searchable: PostgreSQL may run as nobody
            baseDir = Files.createTempDirectory(Dirs.scratchRoot(), "cutover-sandbox-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a sandbox directory", e);
        }
        try {
            return new SandboxCluster(baseDir, ParallelStart.start(baseDir, postgres, mariadb, created));
        } catch (RuntimeException e) {
            Dirs.delete(baseDir);
            throw e;
        }
    }

    public PostgresServer postgres(int index) {
        return (PostgresServer) of(Engine.POSTGRESQL).get(index);
    }

    public MariaDbServer mariadb(int index) {
        return (MariaDbServer) of(Engine.MARIADB).get(index);
    }

    /** The servers of one engine, in index order. */
    public List<DatabaseServer> of(Engine engine) {
        return servers.stream().filter(s -> s.engine() == engine).toList();
    }

    public List<DatabaseServer> all() {
        return servers;
    }

    public Path baseDir() {
        return baseDir;
    }

    /** Stops and deletes every server, then the base directory; keeps going past failures and rethrows the first. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (DatabaseServer server : servers) {
            try {
                server.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        Dirs.delete(baseDir);
        if (first != null) {
            throw first;
        }
    }
}
