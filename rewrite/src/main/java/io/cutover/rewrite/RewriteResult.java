package io.cutover.rewrite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The translation of a script, statement by statement. */
public record RewriteResult(List<StatementResult> statements) {
    public RewriteResult {
        statements = List.copyOf(statements);
    }

    /** Statements that could not be translated. */
    public long unsupported() {
        return statements.stream().filter(s -> !s.supported()).count();
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        for (StatementResult s : statements) {
            b.append(s.toText()).append('\n');
        }
        return b.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", statements.stream().map(StatementResult::toMap).toList());
        m.put("unsupported", unsupported());
        return m;
    }
}
