package io.cutover.mappings.shard;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physical table names of a sharded table. A pattern may use {@code {table}} (the logical target name),
 * {@code {index}} (the global physical index) and {@code {index:W}} (the index zero-padded to at least W
 * digits). Without a pattern, one table per shard keeps the logical name and several are named
 * {@code {table}_{index}}.
 */
final class PhysicalNames {
    static final String DEFAULT_PATTERN = "{table}_{index}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern PADDED_INDEX = Pattern.compile("index:([1-9][0-9]?)");

    private PhysicalNames() {
    }

    /** The name of physical table {@code index}; an unknown placeholder is an IllegalArgumentException. */
    static String name(String pattern, int tablesPerShard, String table, int index) {
        if (pattern == null) {
            return tablesPerShard == 1 ? table : name(DEFAULT_PATTERN, tablesPerShard, table, index);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(expand(m.group(1), table, index)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String expand(String placeholder, String table, int index) {
        if (placeholder.equals("table")) {
            return table;
        }
        if (placeholder.equals("index")) {
            return Integer.toString(index);
        }
        Matcher padded = PADDED_INDEX.matcher(placeholder);
        if (padded.matches()) {
            return String.format(Locale.ROOT, "%0" + padded.group(1) + "d", index);
        }
        throw new IllegalArgumentException("unknown placeholder {" + placeholder
                + "}; use {table}, {index} or {index:W}");
    }
}
