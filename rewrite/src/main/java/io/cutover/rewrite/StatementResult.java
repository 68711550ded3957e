package io.cutover.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation of one statement.
 *
 * @param source     the Oracle statement as written
 * @param translated the target SQL, or null when something in the statement has no translation
 * @param binds      the names of the {@code ?} markers in order ({@code "1"} for {@code :1}); empty if none
 * @param rules      the rewrite rules applied, in order
 * @param issues     warnings about semantic differences and untranslatable constructs
 * @param routing    where the statement runs on the shards; null without a migration plan or translation
 */
public record StatementResult(String source, String translated, List<String> binds, List<String> rules,
                              List<Issue> issues, Routing routing) {
    public StatementResult {
        binds = List.copyOf(binds);
        rules = List.copyOf(rules);
        issues = List.copyOf(issues);
    }

    /** True when the statement was translated; it may still carry warnings. */
    public boolean supported() {
        return translated != null;
    }

    /** This result with issue positions moved by a statement's start in its script (1-based). */
    StatementResult at(int line, int column) {
        if (line == 1 && column == 1) {
            return this;
        }
        List<Issue> moved = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            moved.add(new Issue(i.severity(), i.line() + line - 1, i.line() == 1 ? i.column() + column - 1 : i.column(),
                    i.construct(), i.message(), i.suggestion()));
        }
        return new StatementResult(source, translated, binds, rules, moved, routing);
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(translated != null ? translated + ";" : "-- not translated: " + source.replace('\n', ' ')).append('\n');
        if (!binds.isEmpty()) {
            b.append("-- binds: ").append(String.join(", ", binds)).append('\n');
        }
        if (!rules.isEmpty()) {
            b.append("-- rules: ").append(String.join(", ", rules)).append('\n');
        }
        for (Issue i : issues) {
            b.append("-- ").append(i.toText()).append('\n');
        }
        if (routing != null) {
            Route r = routing.route();
            b.append("-- ").append(r.summary()).append('\n');
            for (String note : r.notes()) {
                b.append("--   ").append(note).append('\n');
            }
            if (r.kind() == Route.Kind.ROUTED && (r.targets().size() > 1 || !r.targets().get(0).sql().equals(translated))) {
                for (Route.Target t : r.targets()) {
                    b.append("--   on ").append(t.shard()).append(": ").append(t.sql().replace('\n', ' ')).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** A JSON-friendly view: maps, lists, strings and numbers only. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("translated", translated);
        m.put("binds", binds);
        m.put("rules", rules);
        m.put("issues", issues.stream().map(Issue::toMap).toList());
        if (routing != null) {
            m.put("route", routing.route().toMap());
        }
        return m;
    }
}
