package io.cutover.mappings.plan;

import java.util.List;
import java.util.Optional;

/** A parsed and validated mapping file. Immutable; every Cutover command reads only this. */
public record MigrationPlan(String name, String file, Source source, Target target, List<TableMapping> tables) {
    public MigrationPlan {
        tables = List.copyOf(tables);
    }

    /** The mapping of a source table, matched case-insensitively as Oracle names usually are. */
    public Optional<TableMapping> table(String sourceTable) {
        for (TableMapping t : tables) {
            if (t.source().equalsIgnoreCase(sourceTable)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
