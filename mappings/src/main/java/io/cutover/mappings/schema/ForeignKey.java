package io.cutover.mappings.schema;

import java.util.List;

/** A foreign key from {@code columns} to {@code referencedTable(referencedColumns)}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
