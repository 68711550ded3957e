package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Check;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table being assembled from CREATE TABLE, ALTER TABLE and COMMENT statements. */
final class TableDraft {
    /** A foreign key with where it was written, checked against the other tables at the end of the file. */
    record DraftForeignKey(ForeignKey key, Location location, String excerpt) {
    }

    final String name;
    final Location location;
    final Map<String, Column> columns = new LinkedHashMap<>();
    Key primaryKey;
    final List<Key> uniqueKeys = new ArrayList<>();
    final List<DraftForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    String comment;
    boolean partitioned;

    TableDraft(String name, Location location) {
        this.name = name;
        this.location = location;
    }

    /** A copy to change, so that a statement failing half-way leaves this draft untouched. */
    TableDraft copy() {
        TableDraft c = new TableDraft(name, location);
        c.columns.putAll(columns);
        c.primaryKey = primaryKey;
        c.uniqueKeys.addAll(uniqueKeys);
        c.foreignKeys.addAll(foreignKeys);
        c.checks.addAll(checks);
        c.comment = comment;
        c.partitioned = partitioned;
        return c;
    }

    void nullable(String column, boolean nullable) {
        Column c = columns.get(column);
        columns.put(column, c.withNullable(nullable));
    }

    void comment(String column, String text) {
        Column c = columns.get(column);
        columns.put(column, c.withComment(text));
    }

    Table build(List<ForeignKey> resolvedForeignKeys) {
        return new Table(name, List.copyOf(columns.values()), primaryKey, uniqueKeys, resolvedForeignKeys, checks,
                comment, partitioned, location);
    }
}
