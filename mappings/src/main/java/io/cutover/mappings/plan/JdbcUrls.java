package io.cutover.mappings.plan;

import java.util.regex.Pattern;

/** JDBC URL helpers shared by everything that prints an endpoint. */
public final class JdbcUrls {
    private static final Pattern INLINE_USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|pwd)=[^&;]*");

    private JdbcUrls() {
    }

    /** The URL with any inline credentials ({@code user:pw@host}, {@code password=...}) masked. */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String s = jdbcUrl;
        if (!s.startsWith("jdbc:oracle:")) { // Oracle's //host:port/service has no user info; user/pw@ is handled below
            s = INLINE_USER_INFO.matcher(s).replaceAll("//****@");
        }
        s = s.replaceAll("^jdbc:oracle:thin:[^@/]+/[^@]+@", "jdbc:oracle:thin:****@");
        return PASSWORD_PARAM.matcher(s).replaceAll("$1=****");
    }
}
