package io.cutover.mappings.shard;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one shard router: key value(s) to (shard, physical table) for every table of a migration plan.
 * Snapshot, CDC apply, SQL routing, verification and the traffic router all route through it; the
 * formulas are in {@code docs/shard-routing.md}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ShardRouter router = ShardRouter.of(plan);
 * TableRoute orders = router.table("ORDERS");   // once
 * PhysicalTable t = orders.route(customerId);   // per row
 * }</pre>
 */
public final class ShardRouter {
    private final String file;
    private final Map<String, TableRoute> routes;
    private final Map<String, TableMapping> excluded;

    private ShardRouter(String file, Map<String, TableRoute> routes, Map<String, TableMapping> excluded) {
        this.file = file;
        this.routes = routes;
        this.excluded = excluded;
    }

    /**
     * Checks every table's shard rule and precomputes its physical tables. Fails with one
     * {@link ErrorCode#INVALID_INPUT} listing every problem found, each with its file:line:col.
     */
    public static ShardRouter of(MigrationPlan plan) {
        List<String> problems = new ArrayList<>();
        if (plan.target().shards().isEmpty()) {
            problems.add(plan.file() + ": the target has no shards");
        }
        RouteFactory factory = new RouteFactory(plan.target().shards(), problems);
        Map<String, TableRoute> routes = new HashMap<>();
        Map<String, TableMapping> excluded = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (TableMapping t : plan.tables()) {
            String key = key(t.source());
            if (!seen.add(key)) {
                problems.add(t.location() + ": table " + t.source() + " is mapped twice");
            } else if (t.placement() == null) {
                problems.add(t.location() + ": table " + t.source() + " has no placement");
            } else if (t.placement() == Placement.EXCLUDED) {
                excluded.put(key, t);
            } else {
                TableRoute route = factory.create(t);
                if (route != null) {
                    routes.put(key, route);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "mapping file " + plan.file() + " has "
                    + problems.size() + " shard routing problem(s):\n  " + String.join("\n  ", problems));
        }
        return new ShardRouter(plan.file(), Map.copyOf(routes), Map.copyOf(excluded));
    }

    /** The route of a source table, matched case-insensitively. Unknown and excluded tables are errors. */
    public TableRoute table(String sourceTable) {
        String key = key(sourceTable);
        TableRoute route = routes.get(key);
        if (route != null) {
            return route;
        }
        TableMapping skipped = excluded.get(key);
        if (skipped != null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "table " + sourceTable + " is excluded ("
                    + skipped.location() + "), so it has no target to route to; map it in " + file
                    + " to migrate it, or leave it out of this operation");
        }
        throw new CutoverException(ErrorCode.INVALID_INPUT, "table " + sourceTable + " is not in mapping file "
                + file + "; add it to the tables of the mapping file, or exclude it there");
    }

    private static String key(String sourceTable) {
        return sourceTable.toUpperCase(Locale.ROOT);
    }
}
