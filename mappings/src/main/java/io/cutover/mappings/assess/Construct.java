package io.cutover.mappings.assess;

import java.util.regex.Pattern;

/**
 * An Oracle construct that makes hand conversion harder, with the points each occurrence adds to an
 * object's difficulty score. Searched case-insensitively in the code only (comments and string literals
 * blanked, see {@link PlsqlMask}).
 */
public enum Construct {
    AUTONOMOUS_TRANSACTION("PRAGMA AUTONOMOUS_TRANSACTION", 8, "\\bPRAGMA\\s+AUTONOMOUS_TRANSACTION\\b"),
    DYNAMIC_SQL("EXECUTE IMMEDIATE (dynamic SQL)", 5, "\\bEXECUTE\\s+IMMEDIATE\\b"),
    DATABASE_LINK("@dblink (remote object)", 5, "[A-Z0-9_$#\"]@[A-Z\"]"),
    CONNECT_BY("CONNECT BY (hierarchical query)", 4, "\\bCONNECT\\s+BY\\b"),
    ORACLE_PACKAGE("DBMS_/UTL_ package call", 3, "\\b(?:DBMS|UTL)_[A-Z0-9_$#]+"),
    MERGE("MERGE INTO", 3, "\\bMERGE\\s+INTO\\b"),
    BULK_COLLECT("BULK COLLECT", 2, "\\bBULK\\s+COLLECT\\b"),
    FORALL("FORALL", 2, "\\bFORALL\\b"),
    CURSOR("cursor (CURSOR, SYS_REFCURSOR)", 2, "\\b(?:CURSOR|SYS_REFCURSOR)\\b"),
    ROWNUM("ROWNUM", 2, "\\bROWNUM\\b"),
    OUTER_JOIN("(+) outer join", 2, "\\(\\s*\\+\\s*\\)"),
    HINT("optimizer hint /*+ */", 1, "/\\*\\+");

    private final String label;
    private final int points;
    private final Pattern pattern;

    Construct(String label, int points, String regex) {
        this.label = label;
        this.points = points;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** How reports name it. */
    public String label() {
        return label;
    }

    /** Points per occurrence. */
    public int points() {
        return points;
    }

    Pattern pattern() {
        return pattern;
    }
}
