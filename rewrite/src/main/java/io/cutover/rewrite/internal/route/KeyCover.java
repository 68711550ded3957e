package io.cutover.rewrite.internal.route;

import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.shard.TableRoute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a {@link KeyCondition} to the physical tables (by index) that can hold matching rows of a group
 * of co-sharded tables. The condition is brought to OR-of-AND form, where each AND fixes some key columns
 * and narrows an index interval; every physical table number comes from the group's {@link TableRoute}.
 * An answer that is too large is always safe, a missing table never is: whatever is not understood
 * leaves every table in.
 */
final class KeyCover {
    private static final int MAX_TERMS = 256;

    /** Part of an OR-of-AND: fixed key values (null where free) and an inclusive index interval. */
    private record Term(Object[] values, int low, int high) {
        Term and(Term o) {
            Object[] v = values.clone();
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = o.values[i];
                }
            }
            return new Term(v, Math.max(low, o.low), Math.min(high, o.high));
        }
    }

    private final Set<TableUse> group;
    private final TableRoute route;
    private final boolean ranges;
    private final int tables;
    private final List<Object> binds;
    private final Set<String> missingBinds = new LinkedHashSet<>();

    /** @param binds the bind values, or null when they are not known */
    KeyCover(List<TableUse> group, List<Object> binds) {
        this.group = Set.copyOf(group);
        this.route = group.get(0).route();
        this.ranges = group.get(0).rule().algorithm() == Algorithm.RANGE;
        this.tables = route.all().size();
        this.binds = binds;
    }

    /** The physical table indices, or null for all of them. */
    BitSet indices(KeyCondition c) {
        List<Term> terms = terms(c);
        if (terms == null) {
            return null;
        }
        BitSet out = new BitSet(tables);
        for (Term t : terms) {
            if (Arrays.stream(t.values).allMatch(v -> v != null)) {
                int i = route.route(t.values).index();
                if (i >= t.low && i <= t.high) {
                    out.set(i);
                }
            } else if (t.low > 0 || t.high < tables - 1) {
                out.set(t.low, Math.max(t.low, t.high + 1));
            } else {
                return null;
            }
        }
        return out;
    }

    /** Binds that decide the route but had no value. */
    Set<String> missingBinds() {
        return missingBinds;
    }

    private List<Term> terms(KeyCondition c) {
        if (c instanceof KeyCondition.Equal e && group.contains(e.table())) {
            List<Term> out = new ArrayList<>();
            boolean unknown = false;
            for (KeyValue v : e.values()) {
                Object value = value(v);
                unknown |= value == KeyValue.UNKNOWN;
                if (value != null && value != KeyValue.UNKNOWN) { // key = NULL matches no row
                    Object[] values = new Object[route.keyColumns().size()];
                    values[e.column()] = value;
                    out.add(new Term(values, 0, tables - 1));
                }
            }
            return unknown ? null : out;
        }
        if (c instanceof KeyCondition.Range r && group.contains(r.table()) && ranges) {
            Object low = r.low() == null ? null : value(r.low());
            Object high = r.high() == null ? null : value(r.high());
            if (low == KeyValue.UNKNOWN || high == KeyValue.UNKNOWN) {
                return null;
            }
            return List.of(new Term(new Object[route.keyColumns().size()], low == null ? 0 : route.route(low).index(),
                    high == null ? tables - 1 : route.route(high).index()));
        }
        if (c instanceof KeyCondition.And and) {
            List<Term> result = null;
            for (KeyCondition part : and.parts()) {
                List<Term> p = terms(part);
                if (p != null) {
                    result = result == null ? p : product(result, p);
                }
            }
            return result;
        }
        if (c instanceof KeyCondition.Or or) {
            List<Term> result = new ArrayList<>();
            boolean all = false;
            for (KeyCondition part : or.parts()) {
                List<Term> p = terms(part);
                if (p == null) {
                    all = true; // keep going: later parts may name binds that decide the route
                } else {
                    result.addAll(p);
                }
            }
            return all ? null : result;
        }
        return null;
    }

    /** AND of two ORs; past {@link #MAX_TERMS} the left side alone (a superset) is kept. */
    private static List<Term> product(List<Term> a, List<Term> b) {
        if ((long) a.size() * b.size() > MAX_TERMS) {
            return a;
        }
        List<Term> out = new ArrayList<>(a.size() * b.size());
        for (Term x : a) {
            for (Term y : b) {
                out.add(x.and(y));
            }
        }
        return out;
    }

    private Object value(KeyValue v) {
        Object value = v.resolve(binds);
        if (value == KeyValue.UNKNOWN) {
            missingBinds.add(((KeyValue.Bind) v).name());
        }
        return value;
    }
}
