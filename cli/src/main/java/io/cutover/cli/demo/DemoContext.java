package io.cutover.cli.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.samples.Workload;
import io.cutover.sandbox.DatabaseServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steps share: the options, the servers and the plan once they exist, pools on the source and the
 * shards, the running stream and workload, the differences injected, and the report files written.
 * {@link #close()} ends everything the demo started; it is safe to call twice and from a shutdown hook.
 */
public final class DemoContext implements AutoCloseable {
    private final DemoOptions options;
    private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();
    private final List<Path> reports = new ArrayList<>();
    private final List<Injected> injected = new ArrayList<>();
    private final List<DatabaseServer> starting = new ArrayList<>();
    private volatile String progress;
    private DemoServers servers;
    private MigrationPlan plan;
    private RunningStream stream;
    private Workload workload;
    private boolean closed;

    DemoContext(DemoOptions options) {
        this.options = options;
    }

    public DemoOptions options() {
        return options;
    }

    /** A live figure of the running step, shown on its line; replaced by each call. */
    public void progress(String figure) {
        progress = figure;
    }

    String progress() {
        return progress;
    }

    void clearProgress() {
        progress = null;
    }

    synchronized DemoServers servers() {
        return servers;
    }

    /**
     * A server about to start. Until {@link #servers(DemoServers)} registers them all, {@link #close()} closes it:
     * that waits for a start in progress, then stops the server; a server closed before its start never starts.
     */
    synchronized void starting(DatabaseServer server) {
        starting.add(server);
        if (closed) {
            server.close();
        }
    }

    /** Registers the started servers; if the demo was stopped meanwhile, stops and removes them instead. */
    synchronized void servers(DemoServers s) {
        if (closed) {
            s.stop();
            throw new IllegalStateException("the demo was stopped while its servers started");
        }
        servers = s;
    }

    synchronized MigrationPlan plan() {
        return plan;
    }

    synchronized void plan(MigrationPlan p) {
        plan = p;
    }

    synchronized RunningStream stream() {
        return stream;
    }

    synchronized void stream(RunningStream s) {
        stream = s;
    }

    /** Registers the running workload, so that {@link #close()} can stop it. */
    synchronized void workload(Workload w) {
        workload = w;
    }

    synchronized HikariDataSource sourcePool() {
        return pool(plan.source().endpoint());
    }

    synchronized HikariDataSource shardPool(String shard) {
        return pool(plan.target().shards().stream().filter(e -> e.name().equals(shard)).findFirst().orElseThrow());
    }

    synchronized void report(Path file) {
        reports.add(file);
    }

    synchronized List<Path> reports() {
        return List.copyOf(reports);
    }

    synchronized void injected(Injected difference) {
        injected.add(difference);
    }

    synchronized List<Injected> injected() {
        return List.copyOf(injected);
    }

    private HikariDataSource pool(Endpoint endpoint) {
        return pools.computeIfAbsent(endpoint.name(), n -> Connections.pool(endpoint, "demo", 2));
    }

    /**
     * Stops the workload and the stream, closes the pools and removes throwaway servers (and any server still
     * starting, kept or not); goes on past failures.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Runnable> parts = new ArrayList<>();
        if (workload != null) {
            parts.add(workload::stop);
        }
        if (stream != null) {
            parts.add(stream::stop);
        }
        parts.add(() -> pools.values().forEach(HikariDataSource::close));
        if (servers == null) {
            starting.forEach(s -> parts.add(s::close));
        } else {
            parts.add(servers::close);
            if (!servers.kept()) {
                parts.add(() -> DemoMapping.delete(options.dir()));
            }
        }
        RuntimeException first = null;
        for (Runnable part : parts) {
            try {
                part.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
