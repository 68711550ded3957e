package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes target DDL statements for one dialect from resolved plans. Names arrive unquoted and final;
 * the writer quotes them. Statements carry no trailing semicolon.
 */
abstract class DdlWriter {
    final Identifiers ids;

    DdlWriter(Identifiers ids) {
        this.ids = ids;
    }

    static DdlWriter of(Dialect dialect) {
        Identifiers ids = Identifiers.of(dialect);
        return dialect.family() == Dialect.Family.MYSQL ? new MysqlDdlWriter(ids, dialect) : new PostgresDdlWriter(ids);
    }

    /**
     * CREATE TABLE IF NOT EXISTS with columns, primary key, unique and check constraints. IF NOT EXISTS lets a
     * migration that failed halfway on a shard whose DDL is not transactional (the MySQL family) run again.
     *
     * @param constraintName the name of a constraint on this physical table from its source name
     */
    final String createTable(String table, TablePlan plan, UnaryOperator<String> constraintName) {
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(ids.sql(table)).append(" (");
        String sep = "\n  ";
        for (TablePlan.ColumnDef c : plan.columns()) {
            sb.append(sep).append(column(c));
            sep = ",\n  ";
        }
        if (plan.primaryKey() != null) {
            sb.append(sep).append(primaryKey(plan.primaryKey(), constraintName));
        }
        for (TablePlan.KeyDef k : plan.uniques()) {
            sb.append(sep).append(named(k.name(), constraintName)).append("UNIQUE (").append(list(k.columns())).append(')');
        }
        for (TablePlan.CheckDef c : plan.checks()) {
            sb.append(sep).append(named(c.name(), constraintName)).append("CHECK (").append(c.expression()).append(')');
        }
        return sb.append("\n)").append(tableOptions(plan)).toString();
    }

    final String addForeignKey(String table, TablePlan.FkDef fk, String name, String parentTable) {
        return "ALTER TABLE " + ids.sql(table) + " ADD CONSTRAINT " + ids.sql(name) + " FOREIGN KEY "
                + ifNotExistsForKeys() + "("
                + list(fk.columns()) + ") REFERENCES " + ids.sql(parentTable) + " (" + list(fk.referencedColumns())
                + ")" + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete());
    }

    /**
     * {@code "IF NOT EXISTS "} where the dialect can skip an existing index or foreign key, else empty. PostgreSQL
     * needs it only for indexes: its DDL is transactional, so a failed migration leaves nothing behind.
     */
    abstract String ifNotExistsForKeys();

    /** Statements after CREATE TABLE that attach comments; none where comments are inline. */
    abstract List<String> comments(String table, TablePlan plan);

    abstract List<String> createIndex(String table, TablePlan.IndexDef index, String name);

    /** A sequence; empty where the dialect has none (the ID plan covers it). */
    abstract List<String> createSequence(String name, long start, long step, Long maxValue, boolean cycle);

    abstract String column(TablePlan.ColumnDef c);

    abstract String primaryKey(TablePlan.KeyDef pk, UnaryOperator<String> constraintName);

    abstract String tableOptions(TablePlan plan);

    final String named(String name, UnaryOperator<String> constraintName) {
        return name == null ? "" : "CONSTRAINT " + ids.sql(constraintName.apply(name)) + " ";
    }

    final String list(List<String> names) {
        return names.stream().map(ids::sql).collect(Collectors.joining(", "));
    }
}
