package io.cutover.cdc.snapshot;

import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;

/**
 * A snapshot in its own JVM, for the kill test:
 * {@code SnapshotMain <mapping.yaml> <max rows per second> [defer-indexes]}.
 */
public final class SnapshotMain {
    private SnapshotMain() {
    }

    public static void main(String[] args) {
        SnapshotResult result = Snapshot.of(PlanLoader.load(Path.of(args[0]))).parallel(2)
                .maxRowsPerSecond(Long.parseLong(args[1])).rowsPerChunk(5000)
                .deferIndexes(args.length > 2 && args[2].equals("defer-indexes")).run();
        System.out.println("snapshot ended: " + result.outcome() + " " + result.message());
    }
}
