package io.cutover.rewrite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one statement runs on the sharded target, worked out by the mapping's shard router.
 *
 * @param kind         how the targets were chosen
 * @param targets      one entry per physical table (or per shard for unsharded tables), each with its SQL;
 *                     empty when the statement is {@link Kind#BY_BINDS} or {@link Kind#NOT_ROUTABLE}
 * @param decidingBinds the binds whose values choose the shard (names as in {@link StatementResult#binds()})
 * @param notes        why the statement scatters or cannot be routed, and what the caller must do
 */
public record Route(Kind kind, List<Target> targets, List<String> decidingBinds, List<String> notes) {
    public enum Kind {
        /** The shard key predicates (or the tables' placement) select these targets. */
        ROUTED,
        /** No usable shard key predicate: every physical table. */
        SCATTER,
        /** The shard key comes from binds: route again with their values. */
        BY_BINDS,
        /** The statement cannot run as is on the sharded target; the notes say why. */
        NOT_ROUTABLE
    }

    /**
     * One SQL text to run.
     *
     * @param shard  the shard's name in the mapping file
     * @param tables the physical tables the SQL uses, in order of appearance
     * @param sql    the statement with the physical table names
     * @param params the statement's bind positions (0-based, in {@link StatementResult#binds()}) that this
     *               SQL's {@code ?} markers take, in order; a split INSERT takes only its rows' binds
     */
    public record Target(String shard, List<String> tables, String sql, List<Integer> params) {
        public Target {
            tables = List.copyOf(tables);
            params = List.copyOf(params);
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shard", shard);
            m.put("tables", tables);
            m.put("sql", sql);
            m.put("params", params);
            return m;
        }
    }

    public Route {
        targets = List.copyOf(targets);
        decidingBinds = List.copyOf(decidingBinds);
        notes = List.copyOf(notes);
    }

    /** The distinct shards of the targets, in order. */
    public List<String> shards() {
        return targets.stream().map(Target::shard).distinct().toList();
    }

    /** One line for people: the shards and tables, "scatter: all shards", or why not. */
    public String summary() {
        return switch (kind) {
            case ROUTED -> "route: " + String.join(", ", targets.stream()
                    .map(t -> t.tables().isEmpty() ? t.shard() : t.shard() + " " + String.join("+", t.tables()))
                    .toList());
            case SCATTER -> "scatter: all shards (" + targets.size() + " targets)";
            case BY_BINDS -> "route by bind" + (decidingBinds.size() == 1 ? " " : "s ")
                    + String.join(", ", decidingBinds.stream().map(b -> ":" + b).toList());
            case NOT_ROUTABLE -> "not routable";
        };
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("shards", shards());
        m.put("targets", targets.stream().map(Target::toMap).toList());
        if (!decidingBinds.isEmpty()) {
            m.put("decidingBinds", decidingBinds);
        }
        m.put("notes", notes);
        return m;
    }
}
