package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlNode;

/**
 * TO_CHAR(number, fixed-point format) for MySQL-family targets through FORMAT(), which rounds half away from
 * zero and groups by three as Oracle does with the American NLS_NUMERIC_CHARACTERS ('.' and ',' for D and G).
 * Oracle's layout is rebuilt around it: without FM the text is right-aligned in the format's width plus one sign
 * position; digits beyond the format's integer positions print as that many plus one '#'; an integer part of
 * only 9s prints no 0 before the decimal point ({@code '.50'}).
 */
final class NumberFormat {
    private static final Pattern MODEL = Pattern.compile("(FM)?([9,G]*0?)(?:([.D])([09]+))?",
            Pattern.CASE_INSENSITIVE);

    private NumberFormat() {
    }

    /**
     * The expression, or null when the format is outside what this class translates exactly. PostgreSQL's TO_CHAR
     * follows Oracle's layout except on overflow, where it keeps the sign position ({@code ' ###'}).
     */
    static SqlNode translate(SqlNode x, String format, boolean mysql) {
        Matcher m = MODEL.matcher(format);
        if (!m.matches() || format.isEmpty() || !groupedByThree(m.group(2)) || m.group(1) != null
                && m.group(4) != null && m.group(4).contains("9")) {
            return null;
        }
        String integer = m.group(2).toUpperCase(Locale.ROOT);
        int scale = m.group(4) == null ? 0 : m.group(4).length();
        boolean grouped = integer.contains(",") || integer.contains("G");
        int digits = integer.replaceAll("[,G]", "").length();
        int width = format.length() - (m.group(1) == null ? 0 : 2) + 1;
        String text = !mysql ? "TO_CHAR({0}, {1})" : grouped ? "FORMAT({0}, " + scale + ")" : "REPLACE(FORMAT({0}, " + scale + "), ',', '')";
        if (mysql && scale > 0 && !integer.endsWith("0")) {
            text = "CASE WHEN " + text + " LIKE '0.%' THEN SUBSTRING(" + text + ", 2) WHEN " + text
                    + " LIKE '-0.%' THEN CONCAT('-', SUBSTRING(" + text + ", 3)) ELSE " + text + " END";
        }
        if (mysql && m.group(1) == null) {
            text = "LPAD(" + text + ", " + width + ", ' ')";
        }
        return t("CASE WHEN ABS(ROUND({0}, " + scale + ")) >= 1E" + digits + " THEN '" + "#".repeat(width)
                + "' ELSE " + text + " END", x, Nodes.string(format));
    }

    /** Group separators must fall every three digits left of the decimal point, as FORMAT() puts them. */
    private static boolean groupedByThree(String integer) {
        int run = 0;
        for (int i = integer.length() - 1; i >= 0; i--) {
            char c = integer.charAt(i);
            if (c == ',' || c == 'G' || c == 'g') {
                if (run != 3) {
                    return false;
                }
                run = 0;
            } else {
                run++;
            }
        }
        return true;
    }
}
