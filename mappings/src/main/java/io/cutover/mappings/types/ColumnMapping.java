package io.cutover.mappings.types;

import io.cutover.mappings.schema.ColumnType;

/**
 * One source column and its target type: the single source of truth for DDL, CDC apply and
 * verification of that column.
 *
 * @param table    the source table, as the Oracle dictionary holds it
 * @param column   the source column, as the Oracle dictionary holds it
 * @param override the user's rule that chose the type, or null for the built-in table
 */
public record ColumnMapping(String table, String column, ColumnType source, TargetType target,
                            TypeOverrides.Rule override) {

    public String targetType() {
        return target.sql();
    }

    public Classification classification() {
        return target.classification();
    }

    public String reason() {
        return target.reason();
    }
}
