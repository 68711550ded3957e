package io.cutover.mappings.dialect;

/**
 * Renders the statements that apply row changes to a target table: one multi-row upsert for many rows
 * and one delete by key for many keys. Placeholders are JDBC {@code ?}, bound row by row in column order.
 *
 * <p>Multi-row statements, not JDBC batches: MariaDB Connector/J 3.5.3 has no
 * {@code rewriteBatchedStatements}, and one {@code INSERT ... VALUES (..),(..)} per batch is about four
 * times faster than a batch of single-row statements on these servers.
 * <ul>
 *   <li>MySQL family: {@code INSERT INTO t (a,b) VALUES (?,?),(?,?) ON DUPLICATE KEY UPDATE b=VALUES(b)}</li>
 *   <li>PostgreSQL: {@code INSERT INTO t (a,b) VALUES (?,?),(?,?) ON CONFLICT (a) DO UPDATE SET b=EXCLUDED.b}</li>
 *   <li>delete: {@code DELETE FROM t WHERE a IN (?,?)}, or {@code WHERE (a,b) IN ((?,?),(?,?))} for a
 *       composite key (both families accept row values).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ChangeStatements {
    private final Dialect.Family family;

    private ChangeStatements(Dialect.Family family) {
        this.family = family;
    }

    public static ChangeStatements of(Dialect dialect) {
        return new ChangeStatements(dialect.family());
    }

    /** An identifier quoted for the dialect: {@code `name`} or {@code "name"}, quotes inside doubled. */
    public String quote(String identifier) {
        char q = family == Dialect.Family.MYSQL ? '`' : '"';
        StringBuilder sb = new StringBuilder(identifier.length() + 2).append(q);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == q) {
                sb.append(q);
            }
            sb.append(c);
        }
        return sb.append(q).toString();
    }

    /**
     * An upsert of {@code rows} rows into {@code table}. {@code columns} are the written columns, which
     * include every key column; {@code isKey[i]} says whether {@code columns[i]} is part of the key the
     * conflict is detected on (PostgreSQL names it; MySQL uses the table's unique keys). Columns not
     * written keep their stored value on update.
     */
    public String upsert(String table, String[] columns, boolean[] isKey, int rows) {
        StringBuilder sb = new StringBuilder(64 + rows * (columns.length * 2 + 3) + columns.length * 40);
        sb.append("INSERT INTO ").append(quote(table)).append(" (");
        for (int i = 0; i < columns.length; i++) {
            sb.append(i == 0 ? "" : ",").append(quote(columns[i]));
        }
        sb.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "(" : ",(");
            for (int i = 0; i < columns.length; i++) {
                sb.append(i == 0 ? "?" : ",?");
            }
            sb.append(')');
        }
        if (family == Dialect.Family.MYSQL) {
            appendMysqlUpdate(sb, columns, isKey);
        } else {
            appendPostgresUpdate(sb, columns, isKey);
        }
        return sb.toString();
    }

    /** A delete of {@code rows} keys from {@code table}, key values bound in {@code keyColumns} order. */
    public String delete(String table, String[] keyColumns, int rows) {
        StringBuilder sb = new StringBuilder(48 + rows * (keyColumns.length * 2 + 3));
        sb.append("DELETE FROM ").append(quote(table)).append(" WHERE ");
        if (keyColumns.length == 1) {
            sb.append(quote(keyColumns[0])).append(" IN (");
            for (int r = 0; r < rows; r++) {
                sb.append(r == 0 ? "?" : ",?");
            }
            return sb.append(')').toString();
        }
        sb.append('(');
        for (int i = 0; i < keyColumns.length; i++) {
            sb.append(i == 0 ? "" : ",").append(quote(keyColumns[i]));
        }
        sb.append(") IN (");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "(" : ",(");
            for (int i = 0; i < keyColumns.length; i++) {
                sb.append(i == 0 ? "?" : ",?");
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    /** Removes every row of a table inside the current transaction (MySQL's TRUNCATE would commit it). */
    public String deleteAll(String table) {
        return "DELETE FROM " + quote(table);
    }

    /** The most bind parameters one statement may carry, with headroom below the drivers' limits. */
    public int maxParameters() {
        return family == Dialect.Family.MYSQL ? 60_000 : 30_000;
    }

    private void appendMysqlUpdate(StringBuilder sb, String[] columns, boolean[] isKey) {
        sb.append(" ON DUPLICATE KEY UPDATE ");
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            if (!isKey[i]) {
                String c = quote(columns[i]);
                sb.append(any ? "," : "").append(c).append("=VALUES(").append(c).append(')');
                any = true;
            }
        }
        if (!any) {
            String c = quote(columns[0]);
            sb.append(c).append('=').append(c);
        }
    }

    private void appendPostgresUpdate(StringBuilder sb, String[] columns, boolean[] isKey) {
        sb.append(" ON CONFLICT (");
        boolean first = true;
        for (int i = 0; i < columns.length; i++) {
            if (isKey[i]) {
                sb.append(first ? "" : ",").append(quote(columns[i]));
                first = false;
            }
        }
        sb.append(") DO ");
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            if (!isKey[i]) {
                String c = quote(columns[i]);
                sb.append(any ? "," : "UPDATE SET ").append(c).append("=EXCLUDED.").append(c);
                any = true;
            }
        }
        if (!any) {
            sb.append("NOTHING");
        }
    }
}
