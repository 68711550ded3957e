package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * Oracle's REGEXP_ arguments on MariaDB, whose PCRE functions take only (string, pattern[, replacement]): the
 * literal pattern is rebuilt as {@code (?flags)\A[\s\S]{position-1}(?>[\s\S]*?(?:p)){occurrence-1}[\s\S]*?\K(?:p)}.
 * Atomic groups keep each earlier match where iterating would find it; {@code \K} makes the wanted match the
 * result (INSTR, SUBSTR) or the replaced text. All occurrences after a position replace the tail after it.
 */
final class MariaDbRegexp {
    private MariaDbRegexp() {
    }

    static SqlNode translate(String name, List<SqlNode> ops, Regexp.Options o, RuleContext ctx) {
        SqlNode s = ops.get(0);
        String pattern = Nodes.string(ops.get(1));
        String replacement = name.equals("REGEXP_REPLACE") ? Nodes.string(ops.get(2)) : "";
        if (o.plain()) {
            return name.equals("REGEXP_REPLACE") ? t("REGEXP_REPLACE({0}, {1}, {2})", s, ops.get(1), ops.get(2))
                    : t(name + "({0}, {1})", s, ops.get(1));
        }
        String problem = pattern == null ? "the pattern must be a literal"
                : o.position() > 1 && pattern.contains("^") ? "'^' after a start position has no certain meaning"
                : o.occurrence() > 1 && (replacement == null || (pattern + replacement).matches("(?s).*\\\\\\d.*"))
                        ? "back-references shift with the occurrence: the replacement must be a literal without them"
                : null;
        if (problem != null) {
            ctx.unsupported(ops.get(1).getParserPosition(), name, problem + " on MariaDB", "compute it in the "
                    + "application");
            return null;
        }
        String flags = flags(o.match());
        if (name.equals("REGEXP_REPLACE") && o.occurrence() == 0) {
            SqlNode p = Nodes.string(flags + pattern);
            return o.position() == 1 ? t("REGEXP_REPLACE({0}, {1}, {2})", s, p, ops.get(2))
                    : t("CONCAT(LEFT({0}, " + (o.position() - 1) + "), REGEXP_REPLACE(SUBSTRING({0}, " + o.position()
                            + "), {1}, {2}))", s, p, ops.get(2));
        }
        String group = "(?:" + pattern + ")";
        String rebuilt = flags + "\\A" + (o.position() > 1 ? "[\\s\\S]{" + (o.position() - 1) + "}" : "")
                + (o.occurrence() > 1 ? "(?>[\\s\\S]*?" + group + "){" + (o.occurrence() - 1) + "}" : "")
                + "[\\s\\S]*?\\K" + group;
        SqlNode p = Nodes.string(rebuilt);
        return switch (name) {
            case "REGEXP_REPLACE" -> t("REGEXP_REPLACE({0}, {1}, {2})", s, p, ops.get(2));
            case "REGEXP_SUBSTR" -> t("REGEXP_SUBSTR({0}, {1})", s, p);
            default -> o.returnOption() == 0 ? t("REGEXP_INSTR({0}, {1})", s, p)
                    : t("CASE WHEN REGEXP_INSTR({0}, {1}) = 0 THEN 0 ELSE REGEXP_INSTR({0}, {1}) + "
                            + "CHAR_LENGTH(REGEXP_SUBSTR({0}, {1})) END", s, p);
        };
    }

    /** Inline PCRE options: i or c (the last wins, as in Oracle), n as s (dot matches newline), m. */
    private static String flags(String match) {
        int i = Math.max(match.lastIndexOf('i'), match.lastIndexOf('c'));
        String on = (i >= 0 && match.charAt(i) == 'i' ? "i" : "") + (match.contains("n") ? "s" : "")
                + (match.contains("m") ? "m" : "");
        String off = i >= 0 && match.charAt(i) == 'c' ? "-i" : "";
        return on.isEmpty() && off.isEmpty() ? "" : "(?" + on + off + ")";
    }
}
