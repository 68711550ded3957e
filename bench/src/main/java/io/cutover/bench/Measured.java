package io.cutover.bench;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * One contender's run on one table: seconds taken and rows copied, or why its result does not count
 * ({@code problem}: it failed or was skipped, or its target does not match the source), and the CPU seconds
 * the run took in the benchmark's JVM and in each group of servers ({@code cpu}, their sum {@code cpuSeconds}).
 */
record Measured(String contender, double seconds, long rows, String problem, boolean skipped, String cpu,
                double cpuSeconds) {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    /** A contender run that produces the seconds it took; checked afterwards. */
    interface Run {
        double seconds() throws Exception;
    }

    /** Checks a contender's target after its run: null when it matches the source, else what differs. */
    interface Check {
        String mismatch() throws Exception;
    }

    static Measured of(String contender, long rows, CpuUse cpuUse, Run run, Check check) {
        double seconds;
        Map<String, Double> before = cpuUse.now();
        try {
            seconds = run.seconds();
        } catch (Exception e) {
            return new Measured(contender, 0, 0, "failed: " + message(e), false, null, 0);
        }
        Map<String, Double> after = cpuUse.now();
        String cpu = CpuUse.between(before, after);
        double cpuSeconds = CpuUse.total(after) - CpuUse.total(before);
        try {
            String mismatch = check.mismatch();
            return new Measured(contender, seconds, rows, mismatch == null ? null : "wrong result: " + mismatch, false,
                    cpu, cpuSeconds);
        } catch (Exception e) {
            return new Measured(contender, seconds, rows, "could not be checked: " + message(e), false, cpu, cpuSeconds);
        }
    }

    static Measured skipped(String contender, String why) {
        return new Measured(contender, 0, 0, why, true, null, 0);
    }

    boolean counts() {
        return problem == null;
    }

    /** It ran and failed or copied the wrong rows. */
    boolean failed() {
        return problem != null && !skipped;
    }

    double rowsPerSecond() {
        return rows / seconds;
    }

    String line() {
        if (seconds == 0) {
            return String.format(Locale.ROOT, "  %-46s %s", contender, problem);
        }
        return String.format(Locale.ROOT, "  %-46s %8.1f s %,12.0f rows/s  %s%n  %-46s CPU: %s (%.2f of %d cores"
                        + " busy)", contender, seconds, rowsPerSecond(),
                counts() ? "checked: rows and checksum match the source" : problem, "", cpu, cpuSeconds / seconds,
                CORES);
    }

    /**
     * The best a/b could be on this machine's cores if {@code a} kept every core busy for its whole run: b's
     * seconds over a's CPU seconds per core. A measured ratio near it means a is bound by the CPU it needs.
     */
    static String ceiling(String name, Measured a, Measured b) {
        if (!a.counts() || !b.counts()) {
            return String.format(Locale.ROOT, "  %-38s n/a", name);
        }
        return String.format(Locale.ROOT, "  %-38s %5.2f (%s needs %.1f CPU s: at least %.1f s on %d cores)", name,
                b.seconds / (a.cpuSeconds / CORES), a.contender, a.cpuSeconds, a.cpuSeconds / CORES, CORES);
    }

    /** "a/b = r (target >= t)", or why there is no ratio. */
    static String ratio(String name, Measured a, Measured b, double target) {
        if (!a.counts() || !b.counts()) {
            return String.format(Locale.ROOT, "  %-38s n/a (%s)", name, !a.counts() ? a.contender : b.contender);
        }
        double r = a.rowsPerSecond() / b.rowsPerSecond();
        String verdict = target <= 0 ? "(no target)" : String.format(Locale.ROOT, "(target >= %.2f: %s)", target,
                r >= target ? "met" : "MISSED");
        return String.format(Locale.ROOT, "  %-38s %5.2f %s", name, r, verdict);
    }

    private static String message(Exception e) {
        Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
