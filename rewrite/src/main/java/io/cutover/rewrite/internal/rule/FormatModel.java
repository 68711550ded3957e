package io.cutover.rewrite.internal.rule;

import java.util.Locale;

/**
 * Translates an Oracle datetime format model to MySQL's DATE_FORMAT/STR_TO_DATE specifiers or to
 * PostgreSQL's TO_CHAR patterns (which follow Oracle closely). {@link #problem} names the first element
 * that has no equivalent.
 */
final class FormatModel {
    /** Stands for the quarter in a MySQL format: DATE_FORMAT has no specifier, so the caller splices QUARTER(). */
    static final char QUARTER = '\u0001';
    private static final String[][] MYSQL = {
            {"YYYY", "%Y"}, {"RRRR", "%Y"}, {"IYYY", "%x"}, {"YY", "%y"}, {"RR", "%y"}, {"MONTH", "%M"},
            {"MON", "%b"}, {"MM", "%m"}, {"DDD", "%j"}, {"DD", "%d"}, {"DY", "%a"}, {"DAY", "%W"},
            {"HH24", "%H"}, {"HH12", "%h"}, {"HH", "%h"}, {"MI", "%i"}, {"SS", "%s"}, {"FF6", "%f"},
            {"FF", "%f"}, {"AM", "%p"}, {"PM", "%p"}, {"IW", "%v"},
            {"Q", String.valueOf(QUARTER)}};
    private static final String[][] MYSQL_FM = {{"DD", "%e"}, {"MM", "%c"}, {"HH24", "%k"}, {"HH12", "%l"},
            {"HH", "%l"}};
    private static final String[][] POSTGRESQL = {{"RRRR", "YYYY"}, {"RR", "YY"}, {"FF6", "US"}, {"FF3", "MS"},
            {"FF", "US"}, {"SSSSS", "SSSS"}};

    final String format;
    final boolean hasTime;
    final String problem;

    private FormatModel(String format, boolean hasTime, String problem) {
        this.format = format;
        this.hasTime = hasTime;
        this.problem = problem;
    }

    static FormatModel translate(String oracle, boolean mysql) {
        StringBuilder out = new StringBuilder();
        boolean fm = false;
        boolean time = false;
        String upper = oracle.toUpperCase(Locale.ROOT);
        int i = 0;
        outer:
        while (i < oracle.length()) {
            char c = oracle.charAt(i);
            if (c == '"') {
                int end = oracle.indexOf('"', i + 1);
                String text = oracle.substring(i + 1, end < 0 ? oracle.length() : end);
                out.append(mysql ? text.replace("%", "%%") : "\"" + text + "\"");
                i = end < 0 ? oracle.length() : end + 1;
                continue;
            }
            if (upper.startsWith("FM", i)) {
                fm = !fm;
                out.append(mysql ? "" : "FM");
                i += 2;
                continue;
            }
            if (!Character.isLetter(c)) {
                out.append(mysql && c == '%' ? "%%" : String.valueOf(c));
                i++;
                continue;
            }
            String[][] table = mysql ? (fm ? concat(MYSQL_FM, MYSQL) : MYSQL) : POSTGRESQL;
            for (String[] e : table) {
                if (upper.startsWith(e[0], i)) {
                    out.append(e[1]);
                    time |= e[0].startsWith("HH") || e[0].equals("MI") || e[0].startsWith("SS")
                            || e[0].startsWith("FF") || e[0].equals("AM") || e[0].equals("PM");
                    i += e[0].length();
                    continue outer;
                }
            }
            if (mysql) {
                int end = i;
                while (end < oracle.length() && Character.isLetter(oracle.charAt(end))) {
                    end++;
                }
                return new FormatModel(null, time, oracle.substring(i, end));
            }
            String rest = upper.substring(i);
            time |= rest.startsWith("HH") || rest.startsWith("MI") || rest.startsWith("SS") || rest.startsWith("AM")
                    || rest.startsWith("PM");
            out.append(c);
            i++;
        }
        return new FormatModel(out.toString(), time, null);
    }

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] r = new String[a.length + b.length][];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
