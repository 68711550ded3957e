package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What has been read from one file so far. At the end, foreign keys are checked against the tables
 * they reference: one to a table or column not in the input is left out and reported.
 */
final class SchemaDraft {
    final Map<String, TableDraft> tables = new LinkedHashMap<>();
    final Map<String, Index> indexes = new LinkedHashMap<>();
    final Map<String, Sequence> sequences = new LinkedHashMap<>();
    final List<ManualObject> manualObjects = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();

    Schema build() {
        List<Table> built = new ArrayList<>();
        for (TableDraft table : tables.values()) {
            List<ForeignKey> keys = new ArrayList<>();
            for (TableDraft.DraftForeignKey fk : table.foreignKeys) {
                ForeignKey resolved = resolve(table, fk);
                if (resolved != null) {
                    keys.add(resolved);
                }
            }
            built.add(table.build(keys));
        }
        return new Schema(built, List.copyOf(indexes.values()), List.copyOf(sequences.values()), manualObjects,
                skipped);
    }

    /** The foreign key with its referenced columns filled in, or null (and a skipped entry) if it cannot hold. */
    private ForeignKey resolve(TableDraft table, TableDraft.DraftForeignKey draft) {
        ForeignKey fk = draft.key();
        String label = "foreign key " + (fk.name() == null ? "(unnamed)" : fk.name()) + " of table " + table.name;
        TableDraft target = tables.get(fk.referencedTable());
        if (target == null) {
            return leaveOut(draft, label + " references table " + fk.referencedTable() + ", which is not in the input");
        }
        List<String> referenced = fk.referencedColumns();
        if (referenced.isEmpty()) {
            Key pk = target.primaryKey;
            if (pk == null) {
                return leaveOut(draft, label + " references the primary key of " + target.name + ", which has none");
            }
            referenced = pk.columns();
        }
        for (String column : referenced) {
            if (!target.columns.containsKey(column)) {
                return leaveOut(draft, label + " references column " + column + ", which table " + target.name
                        + " does not have");
            }
        }
        if (referenced.size() != fk.columns().size()) {
            return leaveOut(draft, label + " has " + fk.columns().size() + " columns but references "
                    + referenced.size());
        }
        return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), referenced, fk.onDelete());
    }

    private ForeignKey leaveOut(TableDraft.DraftForeignKey draft, String reason) {
        skipped.add(new Skipped(draft.location(), reason + "; the foreign key is left out", draft.excerpt()));
        return null;
    }
}
