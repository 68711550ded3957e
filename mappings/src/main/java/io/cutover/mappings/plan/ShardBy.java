package io.cutover.mappings.plan;

import java.util.List;

/**
 * The shard rule of a sharded table.
 *
 * @param columns        the shard key columns, as named in the source (one for mod and range)
 * @param algorithm      mod, hash or range
 * @param tablesPerShard physical tables on each shard (1 keeps the logical table name)
 * @param boundaries     range only: ascending lower bounds of physical tables 1..n-1 (table 0 takes
 *                       everything below the first); values as written in the mapping file
 * @param physicalName   pattern for physical table names, {@code {table}} and {@code {index}} or
 *                       {@code {index:W}} (zero padded to W digits); null for the default
 */
public record ShardBy(List<String> columns, Algorithm algorithm, int tablesPerShard, List<Object> boundaries,
                      String physicalName) {
    public ShardBy {
        columns = List.copyOf(columns);
        boundaries = List.copyOf(boundaries);
    }
}
