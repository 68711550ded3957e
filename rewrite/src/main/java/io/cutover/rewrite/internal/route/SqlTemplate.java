package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A translated statement with a marker where each mapped table's name goes, and one where the VALUES rows
 * of a routed INSERT go. Markers are identifiers made of control characters, which no SQL text holds; the
 * unparser quotes them, so a marker is found with its quotes.
 */
final class SqlTemplate {
    private static final char TABLE = '\u0001';
    private static final char ROWS = '\u0002';
    /** {@code ("rows")} with its parentheses, or {@code "id"}. */
    private static final Pattern MARKER = Pattern.compile("\\(([`\"])\u0002\u0002\\1\\)|([`\"])\u0001(\\d+)\u0001\\2");

    private final List<String> texts = new ArrayList<>();
    /** Per gap between texts: a table marker id, or -1 for the rows marker. */
    private final List<Integer> slots = new ArrayList<>();

    SqlTemplate(String sql) {
        Matcher m = MARKER.matcher(sql);
        int from = 0;
        while (m.find()) {
            texts.add(sql.substring(from, m.start()));
            slots.add(m.group(1) != null ? -1 : Integer.parseInt(m.group(3)));
            from = m.end();
        }
        texts.add(sql.substring(from));
    }

    static SqlIdentifier marker(int id, SqlParserPos pos) {
        return new SqlIdentifier(TABLE + Integer.toString(id) + TABLE, pos);
    }

    /** The identifier that stands for all VALUES rows: {@code VALUES (marker)}. */
    static SqlIdentifier rowsMarker(SqlParserPos pos) {
        return new SqlIdentifier(String.valueOf(ROWS) + ROWS, pos);
    }

    /** The SQL with table {@code i} written as {@code tables[i]} and the rows marker as {@code rows}. */
    String render(String[] tables, String rows) {
        StringBuilder b = new StringBuilder(texts.get(0));
        for (int i = 0; i < slots.size(); i++) {
            int slot = slots.get(i);
            b.append(slot < 0 ? rows : tables[slot]).append(texts.get(i + 1));
        }
        return b.toString();
    }
}
