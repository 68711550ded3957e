package io.cutover.rewrite.internal.route;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.plan.Placement;
import io.cutover.rewrite.Route;
import io.cutover.rewrite.Routing;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The routing of one statement: the {@link StatementScan} findings plus the SQL template. Each target's SQL
 * is the template with the physical table names of one physical table number.
 */
final class StatementRouting implements Routing {
    private final StatementScan scan;
    private final SqlTemplate template;
    private final List<String> rowTexts;
    private final BranchText branchText;
    private final Identifiers identifiers;
    private final List<String> shards;
    private final boolean write;
    private final int bindCount;
    private final List<Integer> allParams;
    private final List<String> problems;
    private final List<TableUse> group;
    private final Route unbound;

    /** @param branchText the branches of an outermost set operation cut apart; null otherwise or if not cut */
    StatementRouting(StatementScan scan, SqlTemplate template, List<String> rowTexts, BranchText branchText,
                     Identifiers identifiers, List<String> shards, boolean write, int bindCount) {
        this.scan = scan;
        this.template = template;
        this.rowTexts = rowTexts;
        this.branchText = branchText;
        this.identifiers = identifiers;
        this.shards = shards;
        this.write = write;
        this.bindCount = bindCount;
        this.allParams = IntStream.range(0, bindCount).boxed().toList();
        this.problems = new ArrayList<>(scan.problems);
        List<List<TableUse>> groups = scan.branches == null ? scan.links.groups(scan.uses) : branchGroups();
        this.group = groups.isEmpty() ? List.of() : groups.get(0);
        check(groups);
        this.unbound = resolve(null);
    }

    /** The statement with the logical target table names (what {@code StatementResult.translated} shows). */
    String logicalSql() {
        String[] names = new String[scan.uses.size()];
        for (TableUse u : scan.uses) {
            names[u.id()] = name(u, u.route().targetTable());
        }
        return template.render(names, String.join(", ", rowTexts));
    }

    @Override
    public Route route() {
        return unbound;
    }

    @Override
    public Route route(List<Object> binds) {
        if (binds.size() != bindCount) {
            throw new IllegalArgumentException("the statement has " + bindCount + " bind(s), got " + binds.size()
                    + " value(s)");
        }
        return bindCount == 0 ? unbound : resolve(binds);
    }

    /**
     * For a set operation: the sharded tables of all branches as one group (each branch then needs its own
     * tables joined on their keys, and all branches sharded alike), followed by any group a branch leaves apart.
     */
    private List<List<TableUse>> branchGroups() {
        List<TableUse> together = new ArrayList<>();
        List<List<TableUse>> apart = new ArrayList<>();
        for (SetBranches.Branch b : scan.branches.branches) {
            List<List<TableUse>> groups = scan.links.groups(scan.uses.subList(b.from(), b.to()));
            if (groups.isEmpty()) {
                continue;
            }
            TableUse first = groups.get(0).get(0);
            if (!together.isEmpty() && !first.shardedLike(together.get(0))) {
                problems.add("branches of " + String.join("/", scan.branches.operators) + " read "
                        + describe(together.get(0)) + " and " + describe(first) + ", which are not sharded alike "
                        + "(algorithm, boundaries, physical tables); run each branch through the router and combine "
                        + "the results, or co-shard them in the mapping file");
            } else {
                together.addAll(groups.get(0));
            }
            apart.addAll(groups.subList(1, groups.size()));
        }
        List<List<TableUse>> out = new ArrayList<>();
        if (!together.isEmpty()) {
            out.add(together);
        }
        out.addAll(apart);
        return out;
    }

    private void check(List<List<TableUse>> groups) {
        if (groups.size() > 1 && problems.isEmpty()) { // an INSERT ... SELECT that cannot link says why itself
            problems.add("tables " + describe(groups.get(0).get(0)) + " and " + describe(groups.get(1).get(0))
                    + " are not joined on their whole shard keys, so their rows may meet only across shards; "
                    + "join them with equality on the shard key columns, or make one of them broadcast");
        }
        for (TableUse u : group) {
            if (!u.shardedLike(group.get(0))) {
                problems.add("tables " + describe(group.get(0)) + " and " + describe(u) + " are joined on their shard "
                        + "keys but not sharded alike (algorithm, boundaries, physical tables); co-shard them in the "
                        + "mapping file");
            }
        }
        Set<String> homes = new LinkedHashSet<>();
        for (TableUse u : scan.uses) {
            if (u.route().placement() == Placement.SINGLE) {
                homes.add(u.route().all().get(0).shardName());
            }
        }
        if (homes.size() > 1) {
            problems.add("the statement uses single-shard tables on different shards " + homes
                    + "; a statement runs on one shard");
        }
        if (scan.written != null && scan.written.route().placement() == Placement.BROADCAST
                && (!group.isEmpty() || !homes.isEmpty())) {
            problems.add("it writes broadcast table " + scan.written.route().sourceTable() + " (every shard) from "
                    + "tables that are not on every shard; write it with values instead");
        }
        if (scan.rows != null) {
            if (scan.uses.size() > 1) {
                problems.add("INSERT ... VALUES into sharded table " + scan.written.route().sourceTable()
                        + " reads other tables; give the values directly");
            }
            int rowBinds = scan.rows.rows().stream().mapToInt(r -> r.params().size()).sum();
            if (rowBinds != bindCount) {
                problems.add("INSERT into " + scan.written.route().sourceTable() + " has binds outside its VALUES rows");
            }
        }
    }

    private Route resolve(List<Object> binds) {
        if (!problems.isEmpty()) {
            return new Route(Route.Kind.NOT_ROUTABLE, List.of(), List.of(), problems);
        }
        try {
            if (scan.rows != null) {
                return insert(binds);
            }
            if (group.isEmpty()) {
                return unsharded();
            }
            return scan.branches == null ? sharded(binds) : setOperation(binds);
        } catch (CutoverException e) {
            return new Route(Route.Kind.NOT_ROUTABLE, List.of(), List.of(), List.of(e.getMessage()));
        }
    }

    private Route sharded(List<Object> binds) {
        KeyCover cover = new KeyCover(group, binds);
        BitSet indices = cover.indices(scan.cover);
        if (indices == null && !cover.missingBinds().isEmpty()) {
            return new Route(Route.Kind.BY_BINDS, List.of(), List.copyOf(cover.missingBinds()), List.of());
        }
        List<String> notes = new ArrayList<>();
        int tables = group.get(0).route().all().size();
        if (indices == null) {
            indices = new BitSet();
            indices.set(0, tables);
            notes.add(scatterNote(group.get(0)));
        } else if (indices.isEmpty()) {
            indices.set(0);
            notes.add("the shard key predicates match no row; any one physical table gives the answer");
        }
        List<Route.Target> targets = new ArrayList<>();
        for (int i = indices.nextSetBit(0); i >= 0; i = indices.nextSetBit(i + 1)) {
            targets.add(target(i, String.join(", ", rowTexts), allParams));
        }
        return new Route(notes.isEmpty() || tables == 1 ? Route.Kind.ROUTED : Route.Kind.SCATTER, targets, List.of(),
                notes);
    }

    /**
     * Each branch goes to the physical tables its key condition selects. One table: the whole statement runs
     * there. More: with UNION ALL or UNION each table runs the branches routed to it (UNION leaves duplicates
     * across tables to the caller); INTERSECT and EXCEPT would compare rows of different tables, so they do not
     * route. A branch without sharded tables runs once, on the first table on its shard.
     */
    private Route setOperation(List<Object> binds) {
        List<SetBranches.Branch> branches = scan.branches.branches;
        int tables = group.get(0).route().all().size();
        List<BitSet> sets = new ArrayList<>();
        BitSet all = new BitSet();
        Set<String> missing = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (SetBranches.Branch b : branches) {
            List<TableUse> sharded = group.stream().filter(u -> u.id() >= b.from() && u.id() < b.to()).toList();
            BitSet set = null;
            if (!sharded.isEmpty()) {
                KeyCover cover = new KeyCover(sharded, binds);
                set = cover.indices(b.cover());
                missing.addAll(cover.missingBinds());
                if (set == null) {
                    set = new BitSet();
                    set.set(0, tables);
                    if (notes.isEmpty()) {
                        notes.add(scatterNote(sharded.get(0)));
                    }
                }
                all.or(set);
            }
            sets.add(set);
        }
        if (!missing.isEmpty()) {
            return new Route(Route.Kind.BY_BINDS, List.of(), List.copyOf(missing), List.of());
        }
        Route.Kind kind = notes.isEmpty() || tables == 1 ? Route.Kind.ROUTED : Route.Kind.SCATTER;
        if (all.isEmpty()) {
            all.set(0);
            notes.add("the shard key predicates match no row; any one physical table gives the answer");
        }
        if (all.cardinality() == 1) {
            return new Route(kind, List.of(target(all.nextSetBit(0), "", allParams)), List.of(), notes);
        }
        Set<String> operators = scan.branches.operators;
        if (!operators.equals(Set.of("UNION ALL")) && !operators.equals(Set.of("UNION"))) {
            return notRoutable(String.join("/", operators) + " of branches on different physical tables cannot run "
                    + "per table: run each branch through the router and combine the results in the caller");
        }
        if (operators.contains("UNION")) {
            notes.add("UNION removes duplicates per physical table only: the caller removes duplicates across the "
                    + "targets' results");
        }
        for (int b = 0; b < branches.size(); b++) {
            if (sets.get(b) == null) {
                sets.set(b, firstOnShard(branches.get(b), all));
            }
        }
        List<Route.Target> targets = new ArrayList<>();
        for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
            BitSet kept = new BitSet();
            for (int b = 0; b < branches.size(); b++) {
                if (sets.get(b).get(i)) {
                    kept.set(b);
                }
            }
            if (kept.cardinality() == branches.size()) {
                targets.add(target(i, "", allParams));
            } else if (branchText == null) {
                return notRoutable("the branches of the set operation could not be cut out of the translated text, "
                        + "so physical table " + i + " cannot run only its branches; run each branch through the "
                        + "router");
            } else {
                targets.add(target(i, branchText.template(kept), uses(kept), "", branchText.params(kept)));
            }
        }
        return new Route(kind, targets, List.of(), notes);
    }

    /** The physical table among {@code indices} on the home shard of a branch without sharded tables. */
    private BitSet firstOnShard(SetBranches.Branch branch, BitSet indices) {
        String home = null;
        for (TableUse u : scan.uses.subList(branch.from(), branch.to())) {
            if (u.route().placement() == Placement.SINGLE) {
                home = u.route().all().get(0).shardName();
            }
        }
        BitSet one = new BitSet();
        int i = indices.nextSetBit(0);
        while (home != null && i >= 0 && !group.get(0).route().all().get(i).shardName().equals(home)) {
            i = indices.nextSetBit(i + 1);
        }
        one.set(i < 0 ? indices.nextSetBit(0) : i);
        return one;
    }

    /** The table mentions of the {@code kept} branches. */
    private List<TableUse> uses(BitSet kept) {
        List<TableUse> out = new ArrayList<>();
        kept.stream().forEach(b -> out.addAll(scan.uses.subList(scan.branches.branches.get(b).from(),
                scan.branches.branches.get(b).to())));
        return out;
    }

    private static Route notRoutable(String note) {
        return new Route(Route.Kind.NOT_ROUTABLE, List.of(), List.of(), List.of(note));
    }

    /** Each VALUES row goes to its key's physical table; rows of one table share one statement. */
    private Route insert(List<Object> binds) {
        Map<Integer, List<Integer>> byTable = new TreeMap<>();
        Set<String> missing = new LinkedHashSet<>();
        List<InsertRows.Row> rows = scan.rows.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<KeyValue> keyValues = rows.get(r).key();
            Object[] key = new Object[keyValues.size()];
            for (int k = 0; k < key.length; k++) {
                key[k] = keyValues.get(k).resolve(binds);
                if (key[k] == KeyValue.UNKNOWN) {
                    missing.add(((KeyValue.Bind) keyValues.get(k)).name());
                }
            }
            if (missing.isEmpty()) {
                byTable.computeIfAbsent(scan.written.route().route(key).index(), i -> new ArrayList<>()).add(r);
            }
        }
        if (!missing.isEmpty()) {
            return new Route(Route.Kind.BY_BINDS, List.of(), List.copyOf(missing), List.of());
        }
        List<Route.Target> targets = new ArrayList<>();
        byTable.forEach((index, rowNumbers) -> {
            List<Integer> params = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (int r : rowNumbers) {
                params.addAll(rows.get(r).params());
                text.add(rowTexts.get(r));
            }
            targets.add(target(index, String.join(", ", text), params));
        });
        return new Route(Route.Kind.ROUTED, targets, List.of(), List.of());
    }

    private Route unsharded() {
        String home = null;
        for (TableUse u : scan.uses) {
            if (u.route().placement() == Placement.SINGLE) {
                home = u.route().all().get(0).shardName();
            }
        }
        String rows = String.join(", ", rowTexts);
        if (home != null) {
            return new Route(Route.Kind.ROUTED, List.of(shardTarget(home, rows)), List.of(), List.of());
        }
        if (write && scan.written != null) {
            List<Route.Target> targets = shards.stream().map(s -> shardTarget(s, rows)).toList();
            return new Route(Route.Kind.ROUTED, targets, List.of(), List.of("broadcast table "
                    + scan.written.route().sourceTable() + ": written on every shard"));
        }
        return new Route(Route.Kind.ROUTED, List.of(shardTarget(shards.get(0), rows)), List.of(),
                List.of(scan.uses.isEmpty() ? "no mapped table: any shard answers"
                        : "broadcast tables only: any shard answers"));
    }

    private String scatterNote(TableUse t) {
        return "no usable predicate on shard key " + t.route().keyColumns() + " of " + t.route().sourceTable()
                + (write ? ": the statement runs on every physical table"
                : ": every physical table is read; ORDER BY, LIMIT, GROUP BY, DISTINCT and aggregates apply per "
                + "table, so the caller must merge the results");
    }

    /** The target of physical table number {@code index} of the sharded group. */
    private Route.Target target(int index, String rows, List<Integer> params) {
        return target(index, template, scan.uses, rows, params);
    }

    /** The target of physical table {@code index} running {@code sql}, which names the tables {@code present}. */
    private Route.Target target(int index, SqlTemplate sql, List<TableUse> present, String rows,
                                List<Integer> params) {
        String shard = group.isEmpty() ? scan.written.route().all().get(index).shardName()
                : group.get(0).route().all().get(index).shardName();
        String[] names = new String[scan.uses.size()];
        List<String> physical = new ArrayList<>();
        for (TableUse u : present) {
            String table;
            if (u.sharded()) {
                table = u.route().all().get(index).tableName();
            } else {
                table = u.route().targetTable();
                if (u.route().placement() == Placement.SINGLE && !u.route().all().get(0).shardName().equals(shard)) {
                    throw new CutoverException(ErrorCode.INVALID_INPUT, "table "
                            + u.route().sourceTable() + " lives on shard " + u.route().all().get(0).shardName()
                            + " only, but the statement needs shard " + shard);
                }
            }
            names[u.id()] = name(u, table);
            if (!physical.contains(table)) {
                physical.add(table);
            }
        }
        return new Route.Target(shard, physical, sql.render(names, rows), params);
    }

    private Route.Target shardTarget(String shard, String rows) {
        String[] names = new String[scan.uses.size()];
        List<String> tables = new ArrayList<>();
        for (TableUse u : scan.uses) {
            names[u.id()] = name(u, u.route().targetTable());
            if (!tables.contains(u.route().targetTable())) {
                tables.add(u.route().targetTable());
            }
        }
        return new Route.Target(shard, tables, template.render(names, rows), allParams);
    }

    /** A table name as written in SQL; a FROM table that is renamed keeps its old name as alias. */
    private String name(TableUse u, String table) {
        String alias = u.alias().equals(u.alias().toUpperCase(Locale.ROOT)) ? u.alias().toLowerCase(Locale.ROOT)
                : u.alias();
        String sql = identifiers.sql(table);
        return u.needsAlias() && !alias.equals(table) ? sql + " AS " + identifiers.sql(alias) : sql;
    }

    private static String describe(TableUse u) {
        return u.route().sourceTable() + (u.alias().equals(u.route().sourceTable()) ? "" : " (" + u.alias() + ")");
    }
}
