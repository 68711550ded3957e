package io.cutover.verify.results;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the double read needs from a statement's text: its leading comments ({@code -- name:}, {@code -- binds:}),
 * the statement without them, and whether it depends on the clock or a sequence.
 */
final class QueryText {
    private static final Pattern BINDS = Pattern.compile("^\\s*binds\\s*:(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*name\\s*:\\s*(\\S.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\b(SYSDATE|SYSTIMESTAMP|CURRENT_DATE|CURRENT_TIMESTAMP"
            + "|LOCALTIMESTAMP)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEQUENCE = Pattern.compile("\\.\\s*(NEXTVAL|CURRVAL)\\b|\\bNEXTVAL\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    /** The statement after its leading comments and whitespace. */
    final String body;
    /** The {@code -- name:} of the statement, or null. */
    final String name;
    /** The values of the {@code -- binds:} comments, by name ({@code "1"} for {@code :1}); null without one. */
    final Map<String, Object> binds;

    private QueryText(String body, String name, Map<String, Object> binds) {
        this.body = body;
        this.name = name;
        this.binds = binds;
    }

    static QueryText of(String sql) {
        int i = 0;
        String name = null;
        Map<String, Object> binds = null;
        int n = sql.length();
        while (true) {
            while (i < n && Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                String comment = sql.substring(i + 2, end);
                Matcher b = BINDS.matcher(comment);
                Matcher m = NAME.matcher(comment);
                if (b.matches()) {
                    // the comment right before the statement counts: a later one replaces an earlier one
                    binds = parseBinds(b.group(1));
                } else if (m.matches()) {
                    name = m.group(1);
                    binds = null;
                }
                i = end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return new QueryText(sql.substring(i), name, binds);
    }

    /**
     * {@code customer_id=42, status='PAID', 1=3.5, note=NULL}: numbers (integers become Long, others BigDecimal),
     * quoted strings ({@code ''} for a quote) and NULL.
     */
    static Map<String, Object> parseBinds(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw bad(text, "expected name=value");
            }
            String key = text.substring(i, eq).strip();
            key = key.startsWith(":") ? key.substring(1) : key;
            if (!key.matches("[A-Za-z_][A-Za-z0-9_$#]*|[0-9]+")) {
                throw bad(text, "bad bind name '" + key + "'");
            }
            i = eq + 1;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            Object value;
            if (i < n && text.charAt(i) == '\'') {
                StringBuilder s = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw bad(text, "unterminated string");
                    }
                    char c = text.charAt(i++);
                    if (c == '\'') {
                        if (i < n && text.charAt(i) == '\'') {
                            s.append('\'');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        s.append(c);
                    }
                }
                value = s.toString();
            } else {
                int end = text.indexOf(',', i);
                end = end < 0 ? n : end;
                String raw = text.substring(i, end).strip();
                i = end;
                if (raw.equalsIgnoreCase("NULL")) {
                    value = null;
                } else {
                    try {
                        BigDecimal d = new BigDecimal(raw);
                        value = d.scale() <= 0 && d.precision() - d.scale() < 19 ? (Object) d.longValueExact() : d;
                    } catch (NumberFormatException | ArithmeticException e) {
                        throw bad(text, "value '" + raw + "' is not a number, a 'quoted string' or NULL");
                    }
                }
            }
            out.put(key.toLowerCase(Locale.ROOT), value);
        }
        return out;
    }

    private static CutoverException bad(String text, String why) {
        return new CutoverException(ErrorCode.INVALID_INPUT, "-- binds:" + text + ": " + why);
    }

    /** Why the statement's result depends on when it runs, or null: the clock or a sequence, outside literals. */
    String nonDeterministic() {
        String code = code(body);
        Matcher t = TIME.matcher(code);
        if (t.find()) {
            return "depends on the time: " + t.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher s = SEQUENCE.matcher(code);
        if (s.find()) {
            return "depends on a sequence: " + s.group().replaceAll("[.(\\s]", "")
                    .toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /** The text with string literals, quoted identifiers and comments blanked. */
    static String code(String sql) {
        StringBuilder b = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n && !(sql.charAt(j) == c && (j + 1 >= n || sql.charAt(j + 1) != c))) {
                    j += sql.charAt(j) == c ? 2 : 1;
                }
                b.append(' ');
                i = j + 1;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
