package io.cutover.mappings.plan;

import io.cutover.mappings.dialect.Dialect;
import java.util.List;

/** The target: one dialect, one or more shards in the order given in the mapping file. */
public record Target(Dialect dialect, List<Endpoint> shards) {
    public Target {
        shards = List.copyOf(shards);
    }
}
