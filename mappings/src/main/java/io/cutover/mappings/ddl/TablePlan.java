package io.cutover.mappings.ddl;

import java.util.List;

/**
 * One source table resolved for the target, before it is written out per physical table: target names
 * (unquoted), target types, translated defaults and expressions, and the constraints that are kept.
 */
record TablePlan(TableLayout layout, List<ColumnDef> columns, KeyDef primaryKey, List<KeyDef> uniques,
                 List<CheckDef> checks, String comment, List<IndexDef> indexes, List<FkDef> foreignKeys) {

    /**
     * @param generated   identity on PostgreSQL, AUTO_INCREMENT on the MySQL family
     * @param generatedAs the target expression of a generated column (from an Oracle virtual column), or null
     */
    record ColumnDef(String name, String type, boolean notNull, String defaultSql, boolean generated,
                     String comment, String generatedAs) {
    }

    /** @param name null when the source constraint had none */
    record KeyDef(String name, List<String> columns) {
    }

    record CheckDef(String name, String expression) {
    }

    record IndexDef(String name, boolean unique, List<IndexPart> parts) {
        boolean functional() {
            return parts.stream().anyMatch(p -> p.expression() != null);
        }
    }

    /** A column, or an expression with the type of its value (for MariaDB's generated columns). */
    record IndexPart(String column, String expression, String expressionType) {
    }

    record FkDef(String name, List<String> columns, TableLayout parent, List<String> referencedColumns,
                 String onDelete, ForeignKeyPolicy.Pairing pairing) {
    }
}
