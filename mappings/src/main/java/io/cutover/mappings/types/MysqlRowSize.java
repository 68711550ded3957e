package io.cutover.mappings.types;

import io.cutover.mappings.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's row size limit: the columns of a row, not counting TEXT/BLOB contents, may take at most 65535
 * bytes, and a utf8mb4 VARCHAR(n) counts 4n. Oracle allows a thousand VARCHAR2(4000) columns.
 */
final class MysqlRowSize {
    static final int LIMIT = 65535;
    private static final Pattern SIZED = Pattern.compile("(\\w+)\\((\\d+)(?:,(\\d+))?\\)");
    private static final int[] DECIMAL_LEFTOVER = {0, 1, 1, 2, 2, 3, 3, 4, 4};

    private MysqlRowSize() {
    }

    static List<ColumnMapping> fit(List<ColumnMapping> columns, Table table, Set<String> indexed) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        while (size(out, table) > LIMIT) {
            int widest = -1;
            for (int i = 0; i < out.size(); i++) {
                ColumnMapping c = out.get(i);
                if (c.override() == null && c.targetType().startsWith("VARCHAR(") && !indexed.contains(c.column())
                        && (widest < 0 || bytes(c.targetType()) >= bytes(out.get(widest).targetType()))) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return out;
            }
            ColumnMapping c = out.get(widest);
            out.set(widest, new ColumnMapping(c.table(), c.column(), c.source(), c.target().as("TEXT",
                    Classification.WIDENING, c.reason() + "; TEXT so the row fits MySQL's " + LIMIT + "-byte limit"),
                    null));
        }
        return out;
    }

    /** The row's bytes as MySQL counts them for the limit. */
    static int size(List<ColumnMapping> columns, Table table) {
        int total = 0;
        int nullable = 0;
        for (int i = 0; i < columns.size(); i++) {
            total += bytes(columns.get(i).targetType());
            nullable += table.columns().get(i).nullable() ? 1 : 0;
        }
        return total + (nullable + 7) / 8;
    }

    static int bytes(String sql) {
        Matcher m = SIZED.matcher(sql.replace(" ", ""));
        String type = m.matches() ? m.group(1) : sql.split("[ (]")[0];
        int n = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "TINYINT", "BOOLEAN", "BOOL" -> 1;
            case "SMALLINT" -> 2;
            case "MEDIUMINT" -> 3;
            case "INT", "INTEGER", "FLOAT" -> 4;
            case "BIGINT", "DOUBLE" -> 8;
            case "VARCHAR" -> 4 * n + (4 * n > 255 ? 2 : 1);
            case "CHAR" -> 4 * n;
            case "VARBINARY" -> n + (n > 255 ? 2 : 1);
            case "BINARY" -> n;
            case "DATETIME", "TIMESTAMP" -> 5 + (n + 1) / 2;
            case "DECIMAL", "NUMERIC" -> decimalBytes(n - (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))))
                    + decimalBytes(m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            default -> 12; // TEXT and BLOB types keep a pointer of 9 to 12 bytes in the row; others are smaller
        };
    }

    private static int decimalBytes(int digits) {
        return digits / 9 * 4 + DECIMAL_LEFTOVER[digits % 9];
    }
}
