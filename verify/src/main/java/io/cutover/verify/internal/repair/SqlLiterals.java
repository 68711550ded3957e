package io.cutover.verify.internal.repair;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.value.CanonicalValues;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/** Fills the {@code ?} placeholders of a statement with SQL literals, for fix SQL a DBA can read and run. */
final class SqlLiterals {
    private SqlLiterals() {
    }

    static String inline(SqlFlavor flavor, String statement, List<Object> values) {
        StringBuilder sb = new StringBuilder(statement.length() + values.size() * 8);
        int next = 0;
        char quote = 0;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                sb.append(c);
            } else if (c == '`' || c == '"') {
                quote = c;
                sb.append(c);
            } else if (c == '?') {
                sb.append(literal(flavor, values.get(next++)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String literal(SqlFlavor flavor, Object v) {
        if (v == null) {
            return "NULL";
        }
        if (CanonicalValues.isNumber(v)) {
            return CanonicalValues.text(v);
        }
        if (v instanceof Boolean b) {
            return flavor == SqlFlavor.MYSQL ? (b ? "1" : "0") : (b ? "TRUE" : "FALSE");
        }
        if (v instanceof byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes);
            return flavor == SqlFlavor.MYSQL ? "X'" + hex + "'" : "decode('" + hex + "','hex')";
        }
        if (v instanceof OffsetDateTime t) {
            return quoted(flavor, CanonicalValues.text(t));
        }
        return quoted(flavor, v instanceof String s ? s : CanonicalValues.text(v));
    }

    private static String quoted(SqlFlavor flavor, String s) {
        String escaped = s.replace("'", "''");
        if (flavor == SqlFlavor.MYSQL) {
            escaped = escaped.replace("\\", "\\\\"); // backslash escapes are on unless NO_BACKSLASH_ESCAPES
        }
        return "'" + escaped + "'";
    }
}
