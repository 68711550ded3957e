package io.cutover.rewrite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a DBA must look at in one statement: a semantic difference (WARNING) or a construct that has
 * no translation (UNSUPPORTED). Lines and columns are 1-based positions in the input script.
 */
public record Issue(Severity severity, int line, int column, String construct, String message, String suggestion) {
    public enum Severity { WARNING, UNSUPPORTED }

    public String toText() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " at " + line + ":" + column + " " + construct
                + ": " + message + (suggestion == null ? "" : " (" + suggestion + ")");
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", severity.name());
        m.put("line", line);
        m.put("column", column);
        m.put("construct", construct);
        m.put("message", message);
        if (suggestion != null) {
            m.put("suggestion", suggestion);
        }
        return m;
    }
}
