package io.cutover.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs helper programs (initdb, mariadb-install-db) to completion, output to a log file. */
final class Commands {

    private static final long TIMEOUT_SECONDS = 120;
    private static final int TAIL_BYTES = 4000;

    private Commands() {
    }

    /** Runs {@code command} in {@code dir}, stdin from {@code stdin} (or /dev/null), appending output to {@code log}. */
    static void run(List<String> command, Path dir, Path stdin, Path log) {
        try {
            long offset = size(log);
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SandboxException(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS
                        + "s. Log " + log + ":\n" + tail(log, offset));
            }
            if (process.exitValue() != 0) {
                throw new SandboxException(String.join(" ", command) + " failed with exit code " + process.exitValue()
                        + ". Log " + log + ":\n" + tail(log, offset));
            }
        } catch (IOException e) {
            throw new SandboxException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while running " + command.get(0), e);
        }
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last few KB written to {@code log} since {@code offset}. */
    static String tail(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(offset, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
