package io.cutover.bench;

import io.cutover.sandbox.DatabaseServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds (user + system, with finished children such as PostgreSQL backends and pgloader) of the benchmark's
 * JVM (pgloader, its child, included) and of each named group of sandbox servers, read from {@code /proc}. On a machine where every process
 * shares the cores, a contender cannot take less time than its CPU seconds over the cores, whatever it overlaps:
 * the figures say where a contender's time goes and how far it is from that floor.
 */
final class CpuUse {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    private final Map<String, DatabaseServer[]> groups;

    /** {@code groups}: a name per group of servers, in print order. */
    CpuUse(Map<String, DatabaseServer[]> groups) {
        this.groups = groups;
    }

    /** The seconds so far: the JVM first, then each group. */
    Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("JVM (+ pgloader)", ticks(ProcessHandle.current()) / TICKS_PER_SECOND);
        for (Map.Entry<String, DatabaseServer[]> g : groups.entrySet()) {
            double s = 0;
            for (DatabaseServer server : g.getValue()) {
                s += ProcessHandle.of(server.pid()).map(p -> Stream.concat(Stream.of(p), p.descendants())
                        .mapToLong(CpuUse::ticks).sum()).orElse(0L) / TICKS_PER_SECOND;
            }
            seconds.put(g.getKey(), s);
        }
        return seconds;
    }

    /**
     * Collects the JVM's garbage, then waits until the JVM and the servers are idle (under a tenth of a core over half
     * a second), at most a minute, so that a contender does not pay for the garbage, JIT compiling, purge and
     * flushing its predecessor left behind; returns the seconds waited.
     */
    double settle() throws InterruptedException {
        long start = System.nanoTime();
        System.gc();
        double before = total(now());
        while (System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(500);
            double after = total(now());
            if (after - before < 0.05) {
                break;
            }
            before = after;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** "JVM 3.2 s, source 1.4 s, ... = 9.3 CPU s", the differences between two readings. */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : after.entrySet()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(),
                    e.getValue() - before.getOrDefault(e.getKey(), 0.0)));
        }
        return sb.append(String.format(Locale.ROOT, " = %.1f CPU s", total(after) - total(before))).toString();
    }

    static double total(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** utime + stime + cutime + cstime of one process; 0 when it is gone. */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
