package io.cutover.cli.demo;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.SandboxDirectory;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo's private servers: one PostgreSQL, the stand-in for the Oracle source, which also holds the stream
 * state, and two MariaDB servers holding the shards. Throwaway (a {@link SandboxCluster}, removed on
 * {@link #close()}) or kept (a {@link SandboxDirectory}, found later by {@code cutover sandbox status --dir}).
 */
final class DemoServers implements AutoCloseable {
    static final String SOURCE_DATABASE = "shop";
    static final String STATE_DATABASE = "cutover_state";

    private final List<DatabaseServer> servers;
    private final SandboxCluster cluster;
    private final SandboxDirectory directory;

    private DemoServers(List<DatabaseServer> servers, SandboxCluster cluster, SandboxDirectory directory) {
        this.servers = servers;
        this.cluster = cluster;
        this.directory = directory;
    }

    /**
     * Starts the three servers (all or none) and creates the demo's databases. Each server is handed to
     * {@code created} before it starts, so that closing it from another thread stops it (or keeps it from starting).
     */
    static DemoServers start(DemoOptions options, Consumer<DatabaseServer> created) {
        DemoServers s;
        if (options.keep()) {
            SandboxDirectory directory = new SandboxDirectory(options.dir());
            s = new DemoServers(directory.up(1, 2, created), null, directory);
        } else {
            SandboxCluster cluster = SandboxCluster.start(1, 2, created);
            s = new DemoServers(cluster.all(), cluster, null);
        }
        try {
            s.source().createDatabase(SOURCE_DATABASE);
            s.source().createDatabase(STATE_DATABASE);
            for (int i = 0; i < 2; i++) {
                s.shard(i).createDatabase(shardDatabase(i));
            }
            return s;
        } catch (RuntimeException e) {
            s.stop();
            throw e;
        }
    }

    static String shardDatabase(int index) {
        return SOURCE_DATABASE + "_" + index;
    }

    DatabaseServer source() {
        return servers.stream().filter(s -> s.engine() == Engine.POSTGRESQL).findFirst().orElseThrow();
    }

    DatabaseServer shard(int index) {
        return servers.stream().filter(s -> s.engine() == Engine.MARIADB).toList().get(index);
    }

    List<DatabaseServer> all() {
        return servers;
    }

    boolean kept() {
        return cluster == null;
    }

    /** Stops and removes every server, kept or not. */
    void stop() {
        if (cluster != null) {
            cluster.close();
        } else {
            directory.down();
        }
    }

    /** Removes throwaway servers; kept ones stay running. */
    @Override
    public void close() {
        if (cluster != null) {
            cluster.close();
        }
    }
}
