package io.cutover.rewrite.internal.lex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pre-lexer: rewrites the Oracle-only token forms Calcite's parser rejects and cuts out the
 * clauses it cannot parse, keeping them for the rewrite rules. It works on tokens, never on raw text,
 * so literals and comments are never touched by mistake.
 */
public final class Normalizer {
    /** Marker function for {@code col(+)}; the outer-join rule consumes it. */
    public static final String OUTER = "CUTOVER_OUTER";
    /** Marker function for {@code PRIOR col}; the CONNECT BY rule consumes it. */
    public static final String PRIOR = "CUTOVER_PRIOR";
    /** Marker function for {@code CONNECT_BY_ROOT col}; the CONNECT BY rule consumes it. */
    public static final String ROOT = "CUTOVER_ROOT";

    private static final Set<String> CALCITE_RESERVED = Set.of("VALUE", "UUID");
    private static final Set<String> MODEL_FOLLOWERS = Set.of("PARTITION", "DIMENSION", "MAIN", "REFERENCE",
            "RETURN", "IGNORE", "KEEP", "UNIQUE", "AUTOMATIC", "SEQUENTIAL");

    private record Piece(String text, int origin, String bind) {
        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }
    }

    private final List<Token> tokens;
    private final List<Piece> out = new ArrayList<>();
    private final Set<String> rules = new LinkedHashSet<>();
    private final List<Normalized.Problem> problems = new ArrayList<>();

    private Normalizer(String sql) {
        List<Token> all = OracleLexer.tokenize(sql);
        tokens = new ArrayList<>();
        for (Token t : all) {
            if (t.kind() == Token.Kind.HINT) {
                rules.add("hint dropped");
            } else if (t.significant()) {
                tokens.add(t);
            }
        }
    }

    public static Normalized normalize(String statement) {
        return new Normalizer(statement).run();
    }

    private Normalized run() {
        for (int k = 0; k < tokens.size(); k++) {
            k = emit(k);
        }
        Normalized.Lock lock = cutLock();
        Normalized.Returning returning = cutReturning();
        Normalized.Hierarchy hierarchy = cutHierarchy();
        StringBuilder sql = new StringBuilder();
        int[] starts = new int[out.size()];
        int[] origins = new int[out.size()];
        List<String> binds = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Piece p = out.get(k);
            if (k > 0) {
                sql.append(' ');
            }
            starts[k] = sql.length();
            origins[k] = p.origin();
            sql.append(p.text());
            if (p.bind() != null) {
                binds.add(p.bind());
            }
        }
        if (!binds.isEmpty()) {
            rules.add("binds to ?");
        }
        return new Normalized(sql.toString(), starts, origins, List.copyOf(binds), rules, lock, returning,
                hierarchy, List.copyOf(problems));
    }

    /** Emits the token at k (and any it consumes); returns the index of the last token consumed. */
    private int emit(int k) {
        Token t = tokens.get(k);
        switch (t.kind()) {
            case STRING -> {
                char c = Character.toUpperCase(t.text().charAt(0));
                if (c == 'Q' || c == 'N') {
                    rules.add(c == 'Q' ? "q-quote literal" : "national literal");
                }
                add("'" + OracleLexer.stringValue(t.text()).replace("'", "''") + "'", t);
            }
            case BIND -> out.add(new Piece("?", t.start(), t.text().substring(1)));
            case SYMBOL -> {
                if (t.is("(") && at(k + 1, "+") && at(k + 2, ")")) {
                    wrapOuterJoinColumn(t);
                    return k + 2;
                }
                if (t.is("^=")) {
                    rules.add("^= to <>");
                    add("<>", t);
                } else {
                    add(t.text(), t);
                }
            }
            case WORD -> {
                return word(k, t);
            }
            default -> add(t.text(), t);
        }
        return k;
    }

    private int word(int k, Token t) {
        String u = t.upper();
        if (u.equals("VARCHAR2") || u.equals("NVARCHAR2")) {
            rules.add("VARCHAR2 to VARCHAR");
            add("VARCHAR", t);
        } else if (u.equals("NUMBER") && k > 0 && tokens.get(k - 1).is("AS")) {
            rules.add("NUMBER to DECIMAL");
            add("DECIMAL", t);
        } else if (CALCITE_RESERVED.contains(u) && !at(k + 1, "(") || u.equals("RANGE") && !windowFrame(k)
                || KeywordNames.isName(tokens, k)) {
            add("\"" + u + "\"", t);
        } else if (u.equals("PRIOR") || u.equals("CONNECT_BY_ROOT")) {
            add(u.equals("PRIOR") ? PRIOR : ROOT, t);
            add("(", t);
            int end = chainEnd(k + 1);
            for (int j = k + 1; j <= end; j++) {
                add(tokens.get(j).text(), tokens.get(j));
            }
            add(")", t);
            return end;
        } else if (u.equals("DELETE") && k + 1 < tokens.size() && !at(k + 1, "FROM")) {
            rules.add("DELETE without FROM");
            add("DELETE", t);
            add("FROM", t);
        } else {
            checkUnsupported(k, t, u);
            add(t.text(), t);
        }
        return k;
    }

    /** RANGE starts a window frame ({@code RANGE BETWEEN ...}) or is a column name. */
    private boolean windowFrame(int k) {
        return at(k + 1, "BETWEEN") || at(k + 1, "UNBOUNDED") || at(k + 1, "CURRENT")
                || (k + 1 < tokens.size() && tokens.get(k + 1).kind() == Token.Kind.NUMBER) || at(k + 1, "INTERVAL");
    }

    private void checkUnsupported(int k, Token t, String u) {
        if (u.equals("INSERT") && (at(k + 1, "ALL") || at(k + 1, "FIRST"))) {
            problem(t, "INSERT " + tokens.get(k + 1).upper(), "multi-table insert has no equivalent",
                    "split it into one INSERT ... SELECT per target table");
        } else if (u.equals("KEEP") && at(k + 1, "(")) {
            problem(t, "KEEP (DENSE_RANK ...)", "aggregate KEEP has no equivalent",
                    "rewrite with ROW_NUMBER() OVER (...) in a derived table");
        } else if (u.equals("MODEL") && k + 1 < tokens.size()
                && MODEL_FOLLOWERS.contains(tokens.get(k + 1).upper())) {
            problem(t, "MODEL", "the MODEL clause has no equivalent",
                    "compute the spreadsheet logic in the application or with window functions");
        } else if (u.equals("WHERE") && !out.isEmpty() && out.get(0).is("MERGE") && depth() == 0) {
            problem(t, k > 0 && tokens.get(k - 1).is("DELETE") ? "MERGE ... DELETE WHERE" : "MERGE ... WHERE",
                    "conditions on MERGE branches are not translated",
                    "split the MERGE into UPDATE, DELETE and INSERT ... SELECT statements");
        } else if (u.equals("SET") && at(k + 1, "(")) {
            problem(t, "SET (a, b) = (SELECT ...)", "multi-column update from a subquery is not supported",
                    "write one SET column = (SELECT ...) per column, or UPDATE ... JOIN");
        }
    }

    /** The parenthesis depth at the end of the output so far. */
    private int depth() {
        int depth = 0;
        for (Piece p : out) {
            depth += p.is("(") ? 1 : p.is(")") ? -1 : 0;
        }
        return depth;
    }

    private void wrapOuterJoinColumn(Token plus) {
        int from = out.size() - 1;
        while (from >= 2 && out.get(from - 1).is(".")) {
            from -= 2;
        }
        if (from < 0) {
            problem(plus, "(+)", "(+) does not follow a column", "write the join as LEFT JOIN ... ON");
            return;
        }
        Piece first = out.get(from);
        out.add(from, new Piece("(", first.origin(), null));
        out.add(from, new Piece(OUTER, first.origin(), null));
        out.add(new Piece(")", plus.start(), null));
        rules.add("(+) outer join");
    }

    private int chainEnd(int k) {
        int end = k;
        while (at(end + 1, ".") && end + 2 < tokens.size()) {
            end += 2;
        }
        return Math.min(end, tokens.size() - 1);
    }

    private boolean at(int k, String word) {
        return k < tokens.size() && tokens.get(k).is(word);
    }

    private void add(String text, Token t) {
        out.add(new Piece(text, t.start(), null));
    }

    private void problem(Token t, String construct, String message, String suggestion) {
        problems.add(new Normalized.Problem(t.start(), construct, message, suggestion));
    }

    private Normalized.Lock cutLock() {
        int at = depthZero("FOR", "UPDATE");
        if (at < 0) {
            return null;
        }
        List<String> of = new ArrayList<>();
        String mode = null;
        String wait = null;
        int k = at + 2;
        if (k < out.size() && out.get(k).is("OF")) {
            for (k++; k < out.size() && !isLockMode(out.get(k)); k++) {
                if (!out.get(k).is(",")) {
                    of.add(out.get(k).text());
                }
            }
            of = joinDotted(of);
        }
        if (k < out.size()) {
            mode = out.get(k).text().toUpperCase(Locale.ROOT);
            if (mode.equals("SKIP")) {
                mode = "SKIP LOCKED";
            } else if (mode.equals("WAIT") && k + 1 < out.size()) {
                wait = out.get(k + 1).text();
            }
        }
        int origin = out.get(at).origin();
        out.subList(at, out.size()).clear();
        return new Normalized.Lock(of, mode, wait, origin);
    }

    private static List<String> joinDotted(List<String> parts) {
        List<String> cols = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).equals(".") && !cols.isEmpty() && k + 1 < parts.size()) {
                cols.set(cols.size() - 1, cols.get(cols.size() - 1) + "." + parts.get(++k));
            } else {
                cols.add(parts.get(k));
            }
        }
        return cols;
    }

    private static boolean isLockMode(Piece p) {
        return p.is("NOWAIT") || p.is("WAIT") || p.is("SKIP");
    }

    private Normalized.Returning cutReturning() {
        if (out.isEmpty() || !(out.get(0).is("INSERT") || out.get(0).is("UPDATE") || out.get(0).is("DELETE"))) {
            return null;
        }
        int at = depthZero("RETURNING", null);
        if (at < 0) {
            at = depthZero("RETURN", null);
        }
        if (at < 0) {
            return null;
        }
        int into = at + 1;
        while (into < out.size() && !out.get(into).is("INTO")) {
            into++;
        }
        StringBuilder exprs = new StringBuilder();
        for (int k = at + 1; k < into; k++) {
            exprs.append(k > at + 1 ? " " : "").append(out.get(k).text());
        }
        List<String> targets = new ArrayList<>();
        for (int k = into + 1; k < out.size(); k++) {
            Piece p = out.get(k);
            if (!p.is(",")) {
                targets.add(p.bind() != null ? p.bind() : p.text());
            }
        }
        int origin = out.get(at).origin();
        out.subList(at, out.size()).clear();
        return new Normalized.Returning(exprs.toString(), targets, origin);
    }

    private Normalized.Hierarchy cutHierarchy() {
        int connect = depthZero("CONNECT", "BY");
        if (connect < 0) {
            for (Piece p : out) {
                if (p.is("CONNECT")) {
                    problems.add(new Normalized.Problem(p.origin(), "CONNECT BY",
                            "CONNECT BY is translated only in the outermost query block",
                            "move the hierarchical query to the top level or into a WITH clause"));
                    return null;
                }
            }
            return null;
        }
        int origin = out.get(connect).origin();
        boolean noCycle = connect + 2 < out.size() && out.get(connect + 2).is("NOCYCLE");
        Normalized.Clause connectBy = cut(connect, noCycle ? 3 : 2);
        int start = depthZero("START", "WITH");
        Normalized.Clause startWith = start < 0 ? null : cut(start, 2);
        int siblings = depthZero("ORDER", "SIBLINGS");
        Normalized.Clause order = siblings < 0 ? null : cut(siblings, 3);
        if (order != null && !order.binds().isEmpty()) {
            problems.add(new Normalized.Problem(origin, "ORDER SIBLINGS BY", "bind variables in ORDER SIBLINGS BY "
                    + "are not translated", "order by columns"));
        }
        return new Normalized.Hierarchy(startWith, connectBy, noCycle, order, origin);
    }

    /** Removes a clause of {@code keywords} words starting at k up to the next clause; returns its body. */
    private Normalized.Clause cut(int k, int keywords) {
        int end = k + keywords;
        int depth = 0;
        for (; end < out.size(); end++) {
            Piece p = out.get(end);
            if (depth == 0 && endsClause(end)) {
                break;
            }
            depth += p.is("(") ? 1 : p.is(")") ? -1 : 0;
        }
        StringBuilder body = new StringBuilder();
        List<String> binds = new ArrayList<>();
        for (int j = k + keywords; j < end; j++) {
            body.append(j > k + keywords ? " " : "").append(out.get(j).text());
            if (out.get(j).bind() != null) {
                binds.add(out.get(j).bind());
            }
        }
        out.subList(k, end).clear();
        return new Normalized.Clause(body.toString(), List.copyOf(binds));
    }

    private boolean endsClause(int k) {
        Piece p = out.get(k);
        boolean next = k + 1 < out.size();
        return p.is(")") || p.is("GROUP") || p.is("ORDER") || p.is("UNION") || p.is("MINUS")
                || p.is("INTERSECT") || p.is("EXCEPT")
                || (p.is("START") && next && out.get(k + 1).is("WITH"))
                || (p.is("CONNECT") && next && out.get(k + 1).is("BY"));
    }

    /** The index of {@code first [second]} at parenthesis depth 0, or -1. */
    private int depthZero(String first, String second) {
        int depth = 0;
        for (int k = 0; k < out.size(); k++) {
            Piece p = out.get(k);
            if (p.is("(")) {
                depth++;
            } else if (p.is(")")) {
                depth--;
            } else if (depth == 0 && p.is(first)
                    && (second == null || (k + 1 < out.size() && out.get(k + 1).is(second)))) {
                return k;
            }
        }
        return -1;
    }
}
