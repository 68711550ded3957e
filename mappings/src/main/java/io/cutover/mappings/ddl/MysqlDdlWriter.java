package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * MySQL family DDL. Tables are InnoDB in utf8mb4 with the binary collation utf8mb4_bin: Oracle compares
 * strings by their bytes (NLS_COMP=BINARY), so 'a' and 'A', or 'e' and 'é', are different keys there and
 * must stay different here, or a unique key that held in Oracle would reject migrated rows.
 */
final class MysqlDdlWriter extends DdlWriter {
    private final Dialect dialect;

    MysqlDdlWriter(Identifiers ids, Dialect dialect) {
        super(ids);
        this.dialect = dialect;
    }

    /** A generated column is VIRTUAL like Oracle's, written without NOT NULL: the expression decides its value. */
    @Override
    String column(TablePlan.ColumnDef c) {
        if (c.generatedAs() != null) {
            return ids.sql(c.name()) + " " + c.type() + " GENERATED ALWAYS AS (" + c.generatedAs() + ") VIRTUAL"
                    + (c.comment() == null ? "" : " COMMENT " + ids.literal(c.comment()));
        }
        return ids.sql(c.name()) + " " + c.type() + (c.notNull() ? " NOT NULL" : "")
                + (c.defaultSql() == null ? "" : " DEFAULT " + c.defaultSql())
                + (c.generated() ? " AUTO_INCREMENT" : "")
                + (c.comment() == null ? "" : " COMMENT " + ids.literal(c.comment()));
    }

    @Override
    String primaryKey(TablePlan.KeyDef pk, UnaryOperator<String> constraintName) {
        return "PRIMARY KEY (" + list(pk.columns()) + ")"; // MySQL names every primary key PRIMARY
    }

    @Override
    String tableOptions(TablePlan plan) {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
                + (plan.comment() == null ? "" : " COMMENT=" + ids.literal(plan.comment()));
    }

    @Override
    List<String> comments(String table, TablePlan plan) {
        return List.of();
    }

    /**
     * MySQL 8, TiDB and OceanBase take expression key parts {@code ((expr))}. MariaDB does not: there an
     * invisible virtual column holds the expression and the index covers it.
     */
    @Override
    List<String> createIndex(String table, TablePlan.IndexDef index, String name) {
        String kind = index.unique() ? "UNIQUE INDEX " : "INDEX ";
        List<String> parts = new ArrayList<>();
        List<String> virtualColumns = new ArrayList<>();
        for (int i = 0; i < index.parts().size(); i++) {
            TablePlan.IndexPart p = index.parts().get(i);
            if (p.expression() == null) {
                parts.add(ids.sql(p.column()));
            } else if (dialect == Dialect.MARIADB) {
                String column = ids.shorten(name + "_expr" + (i + 1));
                virtualColumns.add("ADD COLUMN IF NOT EXISTS " + ids.sql(column) + " " + p.expressionType() + " AS ("
                        + p.expression() + ") VIRTUAL INVISIBLE");
                parts.add(ids.sql(column));
            } else {
                parts.add("(" + p.expression() + ")");
            }
        }
        if (!virtualColumns.isEmpty()) {
            return List.of("ALTER TABLE " + ids.sql(table) + " " + String.join(", ", virtualColumns) + ", ADD "
                    + kind + "IF NOT EXISTS " + ids.sql(name) + " (" + String.join(", ", parts) + ")");
        }
        return List.of("CREATE " + kind + ifNotExistsForKeys() + ids.sql(name) + " ON " + ids.sql(table)
                + " (" + String.join(", ", parts) + ")");
    }

    /** MariaDB skips existing indexes and foreign keys; MySQL has no such clause (not assumed for TiDB/OceanBase). */
    @Override
    String ifNotExistsForKeys() {
        return dialect == Dialect.MARIADB ? "IF NOT EXISTS " : "";
    }

    @Override
    List<String> createSequence(String name, long start, long step, Long maxValue, boolean cycle) {
        return List.of();
    }
}
