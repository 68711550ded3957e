package io.cutover.verify.internal.compare;

import io.cutover.verify.Difference;
import io.cutover.verify.internal.repair.RepairAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison of one table found: counts by kind, the first differences as samples, and the repair
 * actions that would make the target equal to the source. Thread-safe; one per table, shared by the chunks compared at once.
 */
public final class Findings implements Sink {
    private final int sampleLimit;
    private final boolean collectRepairs;
    private final Map<Difference.Kind, Long> counts = new EnumMap<>(Difference.Kind.class);
    private final List<Difference> samples = new ArrayList<>();
    private final List<RepairAction> repairs = new ArrayList<>();
    private long inFlight;

    public Findings(int sampleLimit, boolean collectRepairs) {
        this.sampleLimit = sampleLimit;
        this.collectRepairs = collectRepairs;
    }

    @Override
    public synchronized void add(Difference d) {
        counts.merge(d.kind(), 1L, Long::sum);
        if (samples.size() < sampleLimit) {
            samples.add(d);
        }
    }

    @Override
    public synchronized void repair(String key, RepairAction action) {
        if (collectRepairs) {
            repairs.add(action);
        }
    }

    /** Counts differences seen once that were gone after the target caught up (or new since). */
    public synchronized void inFlight(long keys) {
        inFlight += keys;
    }

    public synchronized long inFlight() {
        return inFlight;
    }

    /** Adds counts carried over from an interrupted run. */
    public void addCounts(Map<Difference.Kind, Long> earlier) {
        earlier.forEach((k, v) -> counts.merge(k, v, Long::sum));
    }

    /** A copy of the counts so far. */
    public synchronized Map<Difference.Kind, Long> counts() {
        return new EnumMap<>(counts);
    }

    public List<Difference> samples() {
        return samples;
    }

    public List<RepairAction> repairs() {
        return repairs;
    }
}
