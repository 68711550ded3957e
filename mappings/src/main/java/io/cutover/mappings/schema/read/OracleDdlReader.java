package io.cutover.mappings.schema.read;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Skipped;
import java.util.List;
import java.util.Set;

/**
 * Reads an Oracle DDL export (SQL*Plus, SQL Developer or {@code DBMS_METADATA.GET_DDL} output) into a
 * {@link Schema}.
 *
 * <p>Tables, constraints ({@code CREATE TABLE}, {@code ALTER TABLE ... ADD CONSTRAINT}), indexes,
 * sequences and comments are read with the Oracle PL/SQL grammar of Debezium's DDL parser; the few export
 * clauses it rejects are taken out of the token stream first ({@link GrammarGaps}), keeping locations exact.
 * PL/SQL units, views, synonyms and database links become {@link ManualObject}s. SQL*Plus commands,
 * {@code ALTER SESSION}, {@code ALTER TRIGGER} and {@code GRANT}/{@code REVOKE} are ignored. Anything
 * else, and any statement that does not parse, becomes a {@link Skipped} entry naming
 * {@code file:line:col} and the reason, and reading goes on with the next statement.
 *
 * <p>Names are kept as the Oracle dictionary holds them (unquoted folded to upper case, quoted as
 * written); schema prefixes are dropped.
 */
public final class OracleDdlReader {
    private static final Set<String> SQL_VERBS = Set.of("CREATE", "ALTER", "COMMENT", "GRANT", "REVOKE", "DROP",
            "TRUNCATE", "INSERT", "UPDATE", "DELETE", "MERGE", "SELECT", "WITH", "BEGIN", "DECLARE", "RENAME",
            "AUDIT", "NOAUDIT", "ANALYZE", "CALL", "EXEC", "EXECUTE", "COMMIT", "ROLLBACK", "LOCK", "PURGE",
            "FLASHBACK", "EXPLAIN");

    /**
     * @param fileName  used in locations and messages
     * @param ddlText   the script
     * @throws CutoverException {@link ErrorCode#INVALID_INPUT} when the input is empty, binary, or has no
     *                          SQL statement at all
     */
    public Schema read(String fileName, String ddlText) {
        String text = ddlText == null ? "" : ddlText.replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, fileName + ": the DDL input is empty; expected an "
                    + "Oracle DDL export (SQL Developer or DBMS_METADATA.GET_DDL output)");
        }
        if (binary(text)) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, fileName + ": this is binary data, not SQL text; "
                    + "expected an Oracle DDL export (SQL Developer or DBMS_METADATA.GET_DDL output)");
        }
        List<Statement> statements = StatementSplitter.split(text);
        if (statements.stream().noneMatch(s -> SQL_VERBS.contains(s.firstWord()))) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, fileName + ": no SQL statement found (it starts with '"
                    + text.strip().lines().findFirst().orElse("") + "'); expected an Oracle DDL export");
        }
        SchemaDraft draft = new SchemaDraft();
        for (Statement statement : statements) {
            try {
                SourceStatement source = new SourceStatement(fileName, statement);
                read(source, draft);
                draft.skipped.addAll(source.notes());
            } catch (UnreadableStatement e) {
                draft.skipped.add(e.skipped());
            }
        }
        return draft.build();
    }

    private static void read(SourceStatement source, SchemaDraft draft) {
        String first = source.word(0);
        String second = source.word(1);
        ManualObject.Kind manual = ManualObjectReader.kind(source);
        if (manual != null) {
            draft.manualObjects.add(ManualObjectReader.read(source, manual));
        } else if (first.equals("CREATE") && second.equals("TABLE") || first.equals("CREATE") && source.word(3).equals("TABLE")) {
            TableDraft table = new TableReader(source).read();
            TableDraft earlier = draft.tables.get(table.name);
            if (earlier != null) {
                throw source.problem(source.tokens().get(0), "table " + table.name + " is already defined at "
                        + earlier.location);
            }
            draft.tables.put(table.name, table);
        } else if (first.equals("CREATE") && (second.equals("INDEX") || source.word(2).equals("INDEX"))) {
            Index index = new IndexReader(source).read(draft.tables::get);
            if (draft.indexes.containsKey(index.name())) {
                throw source.problem(source.tokens().get(0), "index " + index.name() + " is already defined at "
                        + draft.indexes.get(index.name()).location());
            }
            draft.indexes.put(index.name(), index);
        } else if (first.equals("CREATE") && second.equals("SEQUENCE")) {
            Sequence sequence = new SequenceReader(source).read();
            if (draft.sequences.containsKey(sequence.name())) {
                throw source.problem(source.tokens().get(0), "sequence " + sequence.name() + " is already defined at "
                        + draft.sequences.get(sequence.name()).location());
            }
            draft.sequences.put(sequence.name(), sequence);
        } else if (first.equals("ALTER") && second.equals("TABLE")) {
            TableDraft table = new AlterTableReader(source).read(draft.tables::get);
            draft.tables.put(table.name, table);
        } else if (first.equals("COMMENT") && Set.of("TABLE", "COLUMN").contains(source.word(2))) {
            TableDraft table = new CommentReader(source).read(draft.tables::get);
            draft.tables.put(table.name, table);
        } else if (!ignored(first, second)) {
            throw source.problem(source.tokens().get(0), SQL_VERBS.contains(first)
                    ? first + " " + second + " is not supported"
                    : "not a SQL statement: it starts with '" + source.tokens().get(0).getText() + "'");
        }
    }

    /** Statements of an export that carry nothing for the target schema. */
    private static boolean ignored(String first, String second) {
        return first.equals("GRANT") || first.equals("REVOKE")
                || first.equals("ALTER") && (second.equals("SESSION") || second.equals("TRIGGER"));
    }

    private static boolean binary(String text) {
        long control = text.chars().limit(8192)
                .filter(c -> c == 0 || c == 0xFFFD || c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return control > Math.min(text.length(), 8192) / 100;
    }
}
