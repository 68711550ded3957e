package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an Oracle name becomes a target name, for DDL and for rewritten SQL alike.
 * <ul>
 * <li>Case: a name the Oracle dictionary holds in upper case with only {@code A-Z 0-9 _ $ #} was
 *     (almost surely) written unquoted, so it is folded to lower case, the form both families use for
 *     unquoted names. Any other name was quoted in Oracle and keeps its exact spelling.</li>
 * <li>Length: at most 64 characters on the MySQL family (MySQL, MariaDB, TiDB, OceanBase) and 63
 *     bytes on PostgreSQL. A longer name keeps a prefix and ends in {@code _} and 8 hex digits of the
 *     SHA-256 of the full name, so it is short, stable and distinct.</li>
 * <li>Quoting: a name is quoted (backticks, or double quotes on PostgreSQL) when it is not a plain
 *     lower-case identifier {@code [a-z_][a-z0-9_]*} or is a {@link ReservedWords reserved word}.</li>
 * </ul>
 */
public final class Identifiers {
    private static final Pattern ORACLE_UNQUOTED = Pattern.compile("[A-Z][A-Z0-9_$#]*");
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int HASH_CHARS = 8;

    private final Dialect.Family family;

    private Identifiers(Dialect.Family family) {
        this.family = family;
    }

    public static Identifiers of(Dialect dialect) {
        return new Identifiers(dialect.family());
    }

    /** 64 characters on the MySQL family, 63 bytes on PostgreSQL. */
    public int maxLength() {
        return family == Dialect.Family.MYSQL ? 64 : 63;
    }

    /** The target name of an Oracle name: folded, then shortened if too long. */
    public String name(String oracleName) {
        return shorten(fold(oracleName));
    }

    /** Lower case for unquoted-origin names, the exact spelling otherwise. */
    public String fold(String oracleName) {
        return ORACLE_UNQUOTED.matcher(oracleName).matches() ? oracleName.toLowerCase(Locale.ROOT) : oracleName;
    }

    /** The name itself when it fits, else a prefix, {@code _} and 8 hex digits of its SHA-256. */
    public String shorten(String name) {
        if (length(name) <= maxLength()) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(name)).substring(0, HASH_CHARS);
        int end = name.length();
        while (length(name.substring(0, end)) > maxLength() - HASH_CHARS - 1
                || Character.isLowSurrogate(name.charAt(end))) {
            end--;
        }
        return name.substring(0, end) + "_" + hash;
    }

    public boolean needsQuotes(String targetName) {
        return !PLAIN.matcher(targetName).matches() || ReservedWords.contains(family, targetName);
    }

    /** The name as written in SQL: quoted only when needed. */
    public String sql(String targetName) {
        return needsQuotes(targetName) ? quote(targetName) : targetName;
    }

    public String quote(String targetName) {
        return family == Dialect.Family.MYSQL
                ? "`" + targetName.replace("`", "``") + "`"
                : "\"" + targetName.replace("\"", "\"\"") + "\"";
    }

    /** A string literal: quotes doubled, and on the MySQL family backslashes too (they escape there). */
    public String literal(String text) {
        String s = text.replace("'", "''");
        return "'" + (family == Dialect.Family.MYSQL ? s.replace("\\", "\\\\") : s) + "'";
    }

    private int length(String name) {
        return family == Dialect.Family.MYSQL
                ? name.codePointCount(0, name.length())
                : name.getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] sha256(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
