package io.cutover.mappings.schema;

import java.util.List;

/** Everything read from one DDL input or one live source schema. */
public record Schema(List<Table> tables, List<Index> indexes, List<Sequence> sequences,
                     List<ManualObject> manualObjects, List<Skipped> skipped) {
    public Schema {
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        sequences = List.copyOf(sequences);
        manualObjects = List.copyOf(manualObjects);
        skipped = List.copyOf(skipped);
    }

    /** The table with this (normalised) name, or null. */
    public Table table(String name) {
        for (Table t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
