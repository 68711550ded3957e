package io.cutover.verify.internal.compare;

import io.cutover.verify.Difference;
import io.cutover.verify.internal.repair.RepairAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Differences and fixes of one chunk held back until the target has caught up: only keys that differ in both
 * the first comparison and the re-check reach the table's findings. Bounded by one chunk's rows.
 */
public final class Held implements Sink {
    private final List<Object> found = new ArrayList<>(); // Difference or Keyed, in order
    private final Set<String> keys = new LinkedHashSet<>();

    private record Keyed(String key, RepairAction action) {
    }

    @Override
    public void add(Difference d) {
        found.add(d);
        keys.add(d.key());
    }

    @Override
    public void repair(String key, RepairAction action) {
        found.add(new Keyed(key, action));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public Set<String> keys() {
        return keys;
    }

    /**
     * Passes on what was found for keys that also differed {@code before}; returns the keys of either
     * comparison that differ in only one of them (settled, or changed since and in flight).
     */
    public long forwardPersisting(Set<String> before, Sink to) {
        for (Object o : found) {
            if (o instanceof Difference d && before.contains(d.key())) {
                to.add(d);
            } else if (o instanceof Keyed k && before.contains(k.key())) {
                to.repair(k.key(), k.action());
            }
        }
        Set<String> once = new LinkedHashSet<>(before);
        once.addAll(keys);
        once.removeIf(k -> before.contains(k) && keys.contains(k));
        return once.size();
    }
}
