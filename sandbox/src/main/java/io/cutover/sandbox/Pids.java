package io.cutover.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Processes by pid, also those another JVM started. Reads {@code /proc} so that a zombie (an exited
 * server nobody reaped, common when pid 1 is not an init) counts as gone.
 */
final class Pids {

    private Pids() {
    }

    /** True if {@code pid} is a live process whose command name is one of {@code names}. */
    static boolean isAlive(long pid, Set<String> names) {
        String stat = stat(pid);
        if (stat == null) {
            return false;
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        char state = stat.charAt(close + 2);
        return state != 'Z' && state != 'X' && names.contains(stat.substring(open + 1, close));
    }

    static boolean exists(long pid) {
        String stat = stat(pid);
        if (stat == null) {
            return false;
        }
        char state = stat.charAt(stat.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private static String stat(long pid) {
        if (pid <= 0) {
            return null;
        }
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}, {@code KILL}); ignores processes that are already gone. */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            throw new SandboxException("could not send SIG" + signal + " to pid " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while signalling pid " + pid, e);
        }
    }

    /** The pid and its descendants, parents first. */
    static List<Long> tree(long pid) {
        return ProcessHandle.of(pid).map(h -> Stream.concat(
                Stream.of(pid), h.descendants().map(ProcessHandle::pid)).toList()).orElse(List.of());
    }

    /** Waits until none of {@code pids} exists; false on timeout. */
    static boolean awaitExit(List<Long> pids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pids.stream().anyMatch(Pids::exists)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(20);
        }
        return true;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted", e);
        }
    }
}
