package io.cutover.mappings.chunk;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.SourceType;

/**
 * The SQL spelling of a database family, for statements that read source and target alike: identifier
 * quoting, the binary (code point) order of text keys, and fetching the n-th row of an ordered query.
 */
public enum SqlFlavor {
    MYSQL, POSTGRESQL, ORACLE;

    public static SqlFlavor of(Dialect dialect) {
        return dialect.family() == Dialect.Family.MYSQL ? MYSQL : POSTGRESQL;
    }

    public static SqlFlavor of(SourceType source) {
        return switch (source) {
            case ORACLE -> ORACLE;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB, MYSQL -> MYSQL;
        };
    }

    /** An identifier quoted: {@code `name`} or {@code "name"}, quotes inside doubled. */
    public String quote(String identifier) {
        char q = this == MYSQL ? '`' : '"';
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
     * A key column as compared and ordered. Text keys use binary order, which is Unicode code point order
     * on UTF-8 databases ({@link io.cutover.mappings.value.TextOrder}), so that every database agrees on
     * which rows a key range holds whatever its collation. Oracle orders binary with {@code NLS_SORT=BINARY}.
     */
    public String keyExpression(KeyColumn column) {
        String q = quote(column.name());
        if (!column.text()) {
            return q;
        }
        return switch (this) {
            case MYSQL -> "BINARY " + q;
            case POSTGRESQL -> q + " COLLATE \"C\"";
            case ORACLE -> q;
        };
    }

    /** The tail of an ordered query that returns only its row number {@code offset + 1} (0-based offset). */
    public String onlyRowAt(long offset) {
        return this == ORACLE ? " OFFSET " + offset + " ROWS FETCH NEXT 1 ROWS ONLY" : " LIMIT 1 OFFSET " + offset;
    }
}
