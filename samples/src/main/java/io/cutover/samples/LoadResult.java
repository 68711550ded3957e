package io.cutover.samples;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@link ShopData#load} wrote: rows per table, in load order, and the time it took. */
public record LoadResult(Map<ShopTable, Long> rows, Duration elapsed) {
    public LoadResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rowsPerSecond() {
        return Math.round(totalRows() / Math.max(1e-9, elapsed.toNanos() / 1e9));
    }
}
