package io.cutover.cli.plan;

import io.cutover.cli.plan.PlanLayout.EndpointInfo;
import io.cutover.cli.plan.PlanLayout.TableInfo;
import io.cutover.mappings.connect.EndpointCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link PlanLayout} (and endpoint checks) for people. */
final class PlanText {
    private PlanText() {
    }

    static void print(PrintWriter out, PlanLayout plan, List<EndpointCheck> checks) {
        out.printf("Mapping '%s' (%s) is valid.%n%n", plan.name(), plan.file());
        out.printf("Source   %s  %s  user %s%s%n", plan.sourceType(), plan.source().url(), plan.source().username(),
                plan.sourceSchema() == null ? "" : "  schema " + plan.sourceSchema());
        out.printf("Target   %s, %d shard%s%n", plan.dialect(), plan.shards().size(), plan.shards().size() == 1 ? "" : "s");
        for (EndpointInfo shard : plan.shards()) {
            out.printf("  %-8s %s  user %s%n", shard.name(), shard.url(), shard.username());
        }
        out.printf("%nTables%n");
        if (plan.tables().isEmpty()) {
            out.printf("  none mapped yet: add entries under 'tables:' in %s%n", plan.file());
        }
        int width = 0;
        for (TableInfo t : plan.tables()) {
            width = Math.max(width, arrow(t).length());
        }
        for (TableInfo t : plan.tables()) {
            out.printf("  %-" + width + "s  %s%n", arrow(t), describe(t));
        }
        if (!checks.isEmpty()) {
            out.printf("%nEndpoints%n");
            for (EndpointCheck c : checks) {
                out.printf("  %-8s %-11s %s (%d ms)%n", c.endpoint(), c.reachable() ? "reachable" : "UNREACHABLE",
                        c.reachable() ? c.product() : c.url() + ": " + c.error(), c.millis());
            }
        }
        out.flush();
    }

    private static String arrow(TableInfo t) {
        return t.target() == null ? t.source() : t.source() + " -> " + t.target();
    }

    private static String describe(TableInfo t) {
        return switch (t.placement()) {
            case "excluded" -> "excluded (not migrated)";
            case "broadcast" -> "broadcast to every shard: " + String.join(", ", t.layout().keySet());
            case "single" -> "single table on " + t.layout().keySet().iterator().next();
            default -> t.algorithm() + "(" + String.join(", ", t.keyColumns()) + "), " + t.physicalTables()
                    + " physical tables: " + layout(t.layout());
        };
    }

    /** {@code s0: orders_0..orders_3; s1: orders_4..orders_7}. */
    private static String layout(Map<String, List<String>> layout) {
        List<String> parts = new ArrayList<>();
        layout.forEach((shard, tables) -> parts.add(shard + ": " + (tables.size() > 2
                ? tables.get(0) + ".." + tables.get(tables.size() - 1)
                : String.join(", ", tables))));
        return String.join("; ", parts);
    }
}
