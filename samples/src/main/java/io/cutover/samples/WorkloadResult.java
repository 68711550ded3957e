package io.cutover.samples;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Changes committed so far, per kind, and the time since the workload started. */
public record WorkloadResult(Map<Change, Long> counts, Duration elapsed) {
    public WorkloadResult {
        EnumMap<Change, Long> all = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            all.put(c, counts.getOrDefault(c, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(Change change) {
        return counts.get(change);
    }

    /** E.g. {@code 120 changes in 2.0 s (60/s): insert 42, update 36, delete 18, reinsert 12, shard-key change 12}. */
    @Override
    public String toString() {
        double seconds = elapsed.toMillis() / 1000.0;
        StringBuilder s = new StringBuilder().append(total()).append(" changes in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s (%d/s):", seconds,
                        Math.round(total() / Math.max(seconds, 0.001))));
        String separator = " ";
        for (Map.Entry<Change, Long> e : counts.entrySet()) {
            s.append(separator).append(e.getKey().label()).append(' ').append(e.getValue());
            separator = ", ";
        }
        return s.toString();
    }
}
