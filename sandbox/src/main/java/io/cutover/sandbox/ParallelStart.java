package io.cutover.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** Creates and starts servers named {@code pg0.., mariadb0..} under one base directory, in parallel. */
final class ParallelStart {

    private ParallelStart() {
    }

    /**
     * All started, or none: on any failure the ones already created are closed. Each server is handed to
     * {@code created} before any starts, so that another thread (a shutdown hook) can close it at any moment:
     * a close waits for a start in progress and stops the server, and a closed server refuses to start.
     */
    static List<DatabaseServer> start(Path baseDir, int postgres, int mariadb, Consumer<DatabaseServer> created) {
        List<DatabaseServer> servers = new ArrayList<>();
        for (int i = 0; i < postgres; i++) {
            servers.add(Engine.POSTGRESQL.create(baseDir.resolve(Engine.POSTGRESQL.namePrefix() + i)));
        }
        for (int i = 0; i < mariadb; i++) {
            servers.add(Engine.MARIADB.create(baseDir.resolve(Engine.MARIADB.namePrefix() + i)));
        }
        servers.forEach(created);
        // Starting is mostly waiting on the servers, so one thread each is fine even on a small machine.
        List<CompletableFuture<Void>> starts = servers.stream()
                .map(s -> CompletableFuture.runAsync(s::start, runnable -> new Thread(runnable, "sandbox-start-" + s.name()).start()))
                .toList();
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            return servers;
        } catch (CompletionException e) {
            servers.forEach(DatabaseServer::close);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
