package io.cutover.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * pgloader (Debian package {@code pgloader}) copying the source table into the PostgreSQL target's table, which
 * exists already (data only, truncated first); pgloader's defaults otherwise (4 workers, batches of 25,000 rows).
 * Timed as the whole pgloader process, as Cutover's snapshot is timed as its whole run.
 */
final class Pgloader {
    private Pgloader() {
    }

    /** pgloader on the PATH, or null. */
    static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "pgloader");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Seconds the copy took. */
    static double run(Path pgloader, SnapshotRig rig, SnapshotTable table) throws Exception {
        Path work = Files.createDirectories(rig.servers.baseDir().resolve("pgloader-" + table.name()));
        Path command = work.resolve("load.pgloader");
        Files.writeString(command, "LOAD DATABASE\n"
                + "  FROM mysql://" + rig.source.username() + ":" + rig.source.password() + "@127.0.0.1:"
                + rig.source.port() + "/" + SnapshotRig.SOURCE + "\n"
                + "  INTO postgresql://" + rig.postgres.username() + ":" + rig.postgres.password() + "@127.0.0.1:"
                + rig.postgres.port() + "/" + SnapshotRig.PG_TARGET + "?sslmode=disable\n"
                + "  WITH data only, truncate\n"
                + "  INCLUDING ONLY TABLE NAMES MATCHING '" + table.name() + "'\n"
                + "  ALTER SCHEMA '" + SnapshotRig.SOURCE + "' RENAME TO 'public';\n");
        Path log = work.resolve("pgloader.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of(pgloader.toString(), "--root-dir", work.toString(), command.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("pgloader did not finish in 30 minutes; its log ends:\n" + tail(log));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("pgloader exited with " + p.exitValue() + "; its log ends:\n" + tail(log));
        }
        return seconds;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
