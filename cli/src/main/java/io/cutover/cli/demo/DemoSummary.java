package io.cutover.cli.demo;

import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.sandbox.DatabaseServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a demo run, for people (text) and machines ({@link #json()}): rows moved, copy speed, lag,
 * differences injected, found and repaired, query checks, report files and what became of the servers.
 */
final class DemoSummary {
    private final List<StepOutcome> steps;
    private final DemoContext context;
    private final double seconds;

    DemoSummary(List<StepOutcome> steps, DemoContext context, double seconds) {
        this.steps = steps;
        this.context = context;
        this.seconds = seconds;
    }

    boolean ok() {
        return steps.stream().allMatch(s -> s.result().ok());
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok());
        m.put("seconds", round(seconds));
        m.put("loadedRows", figure("load", "rows"));
        m.put("copy", section("copy", "rows", "seconds", "rowsPerSecond"));
        m.put("workload", section("stream", "changes", "changesPerSecond", "kinds", "rowChangesApplied"));
        m.put("lag", section("stream", "peakLagSeconds", "finalLagEvents", "drainSeconds"));
        m.put("verifiedEqual", figure("verify", "equal"));
        m.put("differences", section("repair", "injected", "found", "missed", "differences", "repairStatements"));
        m.put("reverifiedEqual", figure("reverify", "equal"));
        m.put("tables", figure("reverify", "tables"));
        m.put("queries", figure("queries", "outcomes"));
        m.put("reports", context.reports().stream().map(Path::toString).toList());
        m.put("mapping", kept() ? mapping().toString() : null);
        m.put("servers", servers());
        m.put("steps", steps.stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", s.name());
            step.put("seconds", round(s.seconds()));
            step.put("ok", s.result().ok());
            step.put("line", s.result().line());
            step.put("figures", s.result().figures());
            return step;
        }).toList());
        return m;
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%nSummary (%.0f s)%n", seconds);
        out.printf(Locale.ROOT, "  copied     %,d rows in %.1f s: %,d rows/s (cutover snapshot)%n",
                number("copy", "rows"), number("copy", "seconds"), number("copy", "rowsPerSecond"));
        out.printf(Locale.ROOT, "  streamed   %,d changes written by the workload, %,d row changes applied to the shards%n",
                number("stream", "changes"), number("stream", "rowChangesApplied"));
        out.printf(Locale.ROOT, "  lag        peak %.1f s; drained to %d events %.1f s after the workload stopped%n",
                number("stream", "peakLagSeconds"), number("stream", "finalLagEvents"), number("stream", "drainSeconds"));
        out.printf(Locale.ROOT, "  verify     %s; %d differences injected, %d found, fixed with %d statements; then %s%n",
                equal("verify"), number("repair", "injected"), number("repair", "found"),
                number("repair", "repairStatements"), equal("reverify"));
        out.printf("  queries    %s%n", steps.stream().filter(s -> s.name().equals("queries")).findFirst()
                .map(s -> s.result().line()).orElse("-"));
        out.printf("  reports    %s%n", String.join(", ", context.reports().stream().map(Path::toString).toList()));
        if (kept()) {
            printKept(out);
        } else {
            out.printf("  servers    stopped and removed (%s)%n", String.join(", ",
                    context.servers().all().stream().map(DatabaseServer::name).toList()));
        }
        out.println(ok() ? "Every step ended as expected." : "Some steps did not end as expected (marked above).");
        out.flush();
    }

    private void printKept(PrintWriter out) {
        Path dir = context.options().dir();
        out.printf("  servers    kept running; the sandbox's throwaway login is cutover / cutover%n");
        MigrationPlan plan = context.plan();
        out.printf("             %-9s %s%n", "source", plan.source().endpoint().jdbcUrl());
        for (Endpoint shard : plan.target().shards()) {
            out.printf("             %-9s %s%n", shard.name(), shard.jdbcUrl());
        }
        out.printf("             %-9s %s%n", "state", plan.stream().state().jdbcUrl());
        out.printf("  mapping    %s%n", mapping());
        out.printf("  explore    ./cutover stream status -f %s%n", mapping());
        out.printf("             ./cutover verify -f %s%n", mapping());
        out.printf("             ./cutover sample workload -f %s --duration 30s, then ./cutover stream -f %s%n",
                mapping(), mapping());
        out.printf("  stop       ./cutover sandbox down --dir %s%n", dir);
    }

    private boolean kept() {
        return context.servers() != null && context.servers().kept();
    }

    private Path mapping() {
        return context.options().dir().resolve(DemoMapping.MAPPING);
    }

    private List<Map<String, Object>> servers() {
        List<Map<String, Object>> list = new ArrayList<>();
        if (context.servers() == null) {
            return list;
        }
        for (DatabaseServer s : context.servers().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("engine", s.engine().name().toLowerCase(Locale.ROOT));
            m.put("jdbcUrl", s.jdbcUrl());
            m.put("pid", s.pid());
            m.put("running", ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false));
            list.add(m);
        }
        return list;
    }

    private String equal(String step) {
        return Boolean.TRUE.equals(figure(step, "equal")) ? "source and target equal" : "NOT equal";
    }

    private Map<String, Object> section(String step, String... names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : names) {
            m.put(name, figure(step, name));
        }
        return m;
    }

    private Object figure(String step, String name) {
        return steps.stream().filter(s -> s.name().equals(step)).findFirst()
                .map(s -> s.result().figures().get(name)).orElse(null);
    }

    /** A numeric figure as the printf conversion wants it: double for a decimal, long otherwise. */
    private Object number(String step, String name) {
        Object v = figure(step, name);
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        return v instanceof Number n ? n.longValue() : 0L;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
