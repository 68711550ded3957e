package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sharded table mentions are joined on their whole shard key ({@code a.k1 = b.k1 AND a.k2 = b.k2}),
 * so that their rows meet in the same-numbered physical table. Union-find over mention ids.
 */
final class KeyLinks {
    private final Map<Long, BitSet> columnsEqual = new HashMap<>();
    private final Map<Integer, Integer> parent = new HashMap<>();

    /** Records {@code a.column = b.column}; links the two once every key column is equal. */
    void equal(TableUse a, TableUse b, int column) {
        if (a.id() == b.id()) {
            return;
        }
        long pair = a.id() < b.id() ? ((long) a.id() << 32) | b.id() : ((long) b.id() << 32) | a.id();
        BitSet columns = columnsEqual.computeIfAbsent(pair, p -> new BitSet());
        columns.set(column);
        if (columns.cardinality() == a.route().keyColumns().size()
                && a.route().keyColumns().size() == b.route().keyColumns().size()) {
            parent.put(root(a.id()), root(b.id()));
        }
    }

    /** The sharded mentions grouped by link, in order of first mention. */
    List<List<TableUse>> groups(List<TableUse> uses) {
        Map<Integer, List<TableUse>> groups = new LinkedHashMap<>();
        for (TableUse u : uses) {
            if (u.sharded()) {
                groups.computeIfAbsent(root(u.id()), r -> new ArrayList<>()).add(u);
            }
        }
        return List.copyOf(groups.values());
    }

    private int root(int id) {
        int r = id;
        Integer p;
        while ((p = parent.get(r)) != null) {
            r = p;
        }
        return r;
    }
}
