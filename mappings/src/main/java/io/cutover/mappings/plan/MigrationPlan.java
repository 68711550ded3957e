package io.cutover.mappings.plan;

import io.cutover.mappings.types.TypeOverrides;
import java.util.List;
import java.util.Optional;

/**
 * A parsed and validated mapping file. Immutable; every Cutover command reads only this.
 *
 * @param typeOverrides target types the user chose instead of the built-in type mapping
 * @param stream        how {@code cutover stream} runs; {@link StreamSettings#none} when the file has no section
 */
public record MigrationPlan(String name, String file, Source source, Target target, List<TableMapping> tables,
                            TypeOverrides typeOverrides, StreamSettings stream) {
    public MigrationPlan {
        tables = List.copyOf(tables);
    }

    /** A plan without a {@code stream:} section. */
    public MigrationPlan(String name, String file, Source source, Target target, List<TableMapping> tables,
                         TypeOverrides typeOverrides) {
        this(name, file, source, target, tables, typeOverrides, StreamSettings.none(new SourceLocation(file, 1, 1)));
    }

    /** A plan with the built-in type mapping. */
    public MigrationPlan(String name, String file, Source source, Target target, List<TableMapping> tables) {
        this(name, file, source, target, tables, TypeOverrides.NONE);
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
