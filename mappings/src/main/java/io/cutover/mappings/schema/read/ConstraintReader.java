package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Check;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Key;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Constraint_stateContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Inline_constraintContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Out_of_line_constraintContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Out_of_line_ref_constraintContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.References_clauseContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Applies inline ({@code col ... PRIMARY KEY}) and out-of-line ({@code CONSTRAINT x UNIQUE (a, b)})
 * constraints to a table draft. A constraint naming a column the table lacks fails the statement,
 * as Oracle would; a DISABLEd constraint is left out with a note, as the source does not enforce it.
 */
final class ConstraintReader {
    private final SourceStatement source;

    ConstraintReader(SourceStatement source) {
        this.source = source;
    }

    void inline(TableDraft table, String column, Inline_constraintContext c) {
        String name = c.constraint_name() == null ? null : Names.last(c.constraint_name());
        boolean disabled = disabled(c.constraint_state()) || (c.check_constraint() != null
                && c.check_constraint().DISABLE() != null);
        if (c.NULL_() != null) {
            table.nullable(column, c.NOT() == null || disabled);
        } else if (disabled) {
            disabledNote(c, name);
        } else if (c.PRIMARY() != null) {
            primaryKey(table, c, new Key(name, List.of(column)));
        } else if (c.UNIQUE() != null) {
            table.uniqueKeys.add(new Key(name, List.of(column)));
        } else if (c.references_clause() != null) {
            foreignKey(table, c, name, List.of(column), c.references_clause(), null);
        } else {
            table.checks.add(new Check(name, source.text(c.check_constraint().condition())));
        }
    }

    void outOfLine(TableDraft table, Out_of_line_constraintContext c) {
        String name = c.constraint_name() == null ? null : Names.last(c.constraint_name());
        if (disabled(c.constraint_state())) {
            disabledNote(c, name);
        } else if (c.PRIMARY() != null) {
            primaryKey(table, c, new Key(name, columns(table, c.column_name())));
        } else if (c.UNIQUE() != null) {
            table.uniqueKeys.add(new Key(name, columns(table, c.column_name())));
        } else if (c.foreign_key_clause() != null) {
            var fk = c.foreign_key_clause();
            foreignKey(table, c, name, columns(table, fk.paren_column_list().column_list().column_name()),
                    fk.references_clause(), fk.on_delete_clause());
        } else {
            table.checks.add(new Check(name, source.text(c.condition())));
        }
    }

    void outOfLineRef(TableDraft table, Out_of_line_ref_constraintContext c) {
        if (c.FOREIGN() == null) {
            throw source.problem(c.getStart(), "REF/SCOPE constraints (object types) are not supported");
        }
        String name = c.constraint_name() == null ? null : Names.last(c.constraint_name());
        if (disabled(c.constraint_state())) {
            disabledNote(c, name);
            return;
        }
        List<String> cols = new ArrayList<>();
        for (var id : c.regular_id()) {
            cols.add(column(table, id.getStart()));
        }
        foreignKey(table, c, name, cols, c.references_clause(), null);
    }

    private void primaryKey(TableDraft table, ParserRuleContext at, Key key) {
        if (table.primaryKey != null) {
            throw source.problem(at.getStart(), "table " + table.name + " already has a primary key");
        }
        table.primaryKey = key;
        key.columns().forEach(col -> table.nullable(col, false));
    }

    private void foreignKey(TableDraft table, ParserRuleContext at, String name, List<String> columns,
                            References_clauseContext ref, PlSqlParser.On_delete_clauseContext onDeleteClause) {
        List<String> referenced = new ArrayList<>();
        if (ref.paren_column_list() != null) {
            for (var col : ref.paren_column_list().column_list().column_name()) {
                referenced.add(Names.last(col));
            }
        }
        ParserRuleContext action = onDeleteClause != null ? onDeleteClause : ref;
        String onDelete = action.getToken(PlSqlParser.CASCADE, 0) != null ? "CASCADE"
                : action.getToken(PlSqlParser.DELETE, 0) != null ? "SET NULL" : null;
        var key = new ForeignKey(name, columns, Names.last(ref.tableview_name()), referenced, onDelete);
        table.foreignKeys.add(new TableDraft.DraftForeignKey(key, source.location(at.getStart()),
                source.excerpt(at.getStart())));
    }

    private List<String> columns(TableDraft table, List<PlSqlParser.Column_nameContext> names) {
        List<String> out = new ArrayList<>();
        for (var n : names) {
            out.add(column(table, n.getStart()));
        }
        return out;
    }

    /** The normalised column named by {@code token}; fails the statement if the table lacks it. */
    private String column(TableDraft table, Token token) {
        String name = Names.normalise(token.getText());
        if (!table.columns.containsKey(name)) {
            throw source.problem(token, "constraint names column " + name + ", which table " + table.name
                    + " does not have");
        }
        return name;
    }

    private static boolean disabled(Constraint_stateContext state) {
        return state != null && !state.DISABLE().isEmpty();
    }

    private void disabledNote(ParserRuleContext c, String name) {
        source.note(c.getStart(), "constraint " + (name == null ? "(unnamed)" : name)
                + " is DISABLED in the source and is left out");
    }
}
