package io.cutover.verify.internal.canonical;

import io.cutover.mappings.chunk.SqlFlavor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The canonical text of rows as SQL of one database family, and the order-independent 64-bit checksum
 * over it: MD5 of each row's text, its first 8 bytes as a 64-bit number, XOR over the rows. The same rows
 * give the same checksum on every family, and the same as {@link JavaCanonical} computes from fetched
 * values. A row's text is its columns' texts joined by {@code |}, NULL written {@code -} (no canonical
 * text is {@code -}: strings carry their length first).
 */
public interface CanonicalSql {

    static CanonicalSql of(SqlFlavor flavor) {
        return switch (flavor) {
            case MYSQL -> new MysqlCanonicalSql();
            case POSTGRESQL -> new PostgresCanonicalSql();
            case ORACLE -> new OracleCanonicalSql();
        };
    }

    /** The canonical text of one column (NULL for NULL) as an expression; {@code column} is quoted. */
    String column(ColumnKind kind, SqlType type, String column);

    /** The canonical text of a row from its column expressions. */
    String row(List<String> columns);

    /** The select-list items of one row's 64-bit hash (not an aggregate); {@link #fold} XORs them. */
    String hash(String rowText);

    /** The select-list items that fold row texts into the checksum (aggregate). */
    String fold(String rowText);

    /** Reads a fold or a row hash from a result set row, starting at column {@code first}; 0 over no rows. */
    long readFold(ResultSet rs, int first) throws SQLException;
}
