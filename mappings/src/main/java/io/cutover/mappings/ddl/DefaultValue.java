package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.types.TargetType;
import io.cutover.mappings.types.ValueKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column DEFAULT translated to the target.
 *
 * @param sql      the target default expression, or null for none
 * @param sequence the Oracle sequence of a {@code seq.NEXTVAL} default, or null
 * @param problem  why the default was dropped or changed, or null
 */
record DefaultValue(String sql, String sequence, String problem) {
    private static final DefaultValue NONE = new DefaultValue(null, null, null);
    /** {@code seq.NEXTVAL}, schema-qualified or not, as written or as DBMS_METADATA quotes it ({@code "S"."SEQ"."NEXTVAL"}). */
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)(?:\"?[A-Za-z0-9_$#]+\"?\\.)?(\"[^\"]+\"|[A-Za-z][A-Za-z0-9_$#]*)\\.(?:NEXTVAL|\"NEXTVAL\")");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");

    static DefaultValue translate(String oracle, TargetType type, Dialect.Family family, Identifiers ids) {
        if (oracle == null || oracle.isBlank() || oracle.trim().equalsIgnoreCase("NULL")) {
            return NONE;
        }
        String e = oracle.trim();
        Matcher seq = NEXTVAL.matcher(e);
        if (seq.matches()) {
            String name = seq.group(1);
            return new DefaultValue(null, name.startsWith("\"") ? name.substring(1, name.length() - 1)
                    : name.toUpperCase(Locale.ROOT), null);
        }
        if (NUMBER.matcher(e).matches()) {
            return new DefaultValue(e, null, null);
        }
        Matcher str = STRING.matcher(e);
        if (str.matches()) {
            return str.group(1).isEmpty()
                    ? new DefaultValue(null, null, "DEFAULT '' dropped: Oracle stores '' as NULL")
                    : new DefaultValue(ids.literal(str.group(1).replace("''", "'")), null, null);
        }
        String word = e.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (type.kind() == ValueKind.TIMESTAMP && (word.equals("SYSDATE") || word.startsWith("SYSTIMESTAMP")
                || word.startsWith("CURRENT_TIMESTAMP") || word.startsWith("LOCALTIMESTAMP")
                || word.equals("CURRENT_DATE"))) {
            return new DefaultValue(now(type, family), null, type.utcInstant() && family == Dialect.Family.MYSQL
                    ? "DEFAULT " + e + " becomes the session time; run the application with time_zone '+00:00' "
                    + "so it is UTC like the migrated values" : null);
        }
        return new DefaultValue(null, null, "DEFAULT " + e + " has no automatic translation and was dropped");
    }

    /** The current time at the column's fractional digits (MySQL requires them to match). */
    private static String now(TargetType type, Dialect.Family family) {
        int n = type.precision() == null ? 0 : type.precision();
        if (family == Dialect.Family.MYSQL) {
            return n == 0 ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + n + ")";
        }
        return (type.utcInstant() ? "CURRENT_TIMESTAMP(" : "LOCALTIMESTAMP(") + n + ")";
    }
}
