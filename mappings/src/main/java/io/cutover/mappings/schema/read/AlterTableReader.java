package io.cutover.mappings.schema.read;

import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Alter_tableContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Constraint_clausesContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Modify_column_clausesContext;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads the {@code ALTER TABLE} forms exports use after loading data: {@code ADD CONSTRAINT} (one,
 * several, or a parenthesised list) and {@code MODIFY (col NOT NULL)}. Other alterations are
 * reported as not supported.
 */
final class AlterTableReader {
    private final SourceStatement source;

    AlterTableReader(SourceStatement source) {
        this.source = source;
    }

    /** Applies the statement to a copy of the table it names, found through {@code tables}. */
    TableDraft read(Function<String, TableDraft> tables) {
        Alter_tableContext ctx = source.parse(PlSqlParser::alter_table);
        String name = Names.last(ctx.tableview_name());
        TableDraft found = tables.apply(name);
        if (found == null) {
            throw source.problem(ctx.tableview_name().getStart(), "ALTER TABLE names table " + name
                    + ", which no CREATE TABLE before it defines");
        }
        TableDraft table = found.copy();
        ConstraintReader constraints = new ConstraintReader(source);
        for (ParserRuleContext clause : clauses(ctx)) {
            if (clause instanceof Constraint_clausesContext c && c.ADD() != null) {
                c.out_of_line_constraint().forEach(o -> constraints.outOfLine(table, o));
                if (c.out_of_line_ref_constraint() != null) {
                    constraints.outOfLineRef(table, c.out_of_line_ref_constraint());
                }
            } else if (clause instanceof Modify_column_clausesContext m && onlyNullability(m)) {
                for (var col : m.modify_col_properties()) {
                    String column = Names.last(col.column_name());
                    if (!table.columns.containsKey(column)) {
                        throw source.problem(col.getStart(), "table " + name + " has no column " + column);
                    }
                    col.inline_constraint().forEach(c -> constraints.inline(table, column, c));
                }
            } else {
                throw source.problem(clause.getStart(), "ALTER TABLE " + source.text(clause).split(" ")[0]
                        + " ... is not supported; only ADD constraint and MODIFY column [NOT] NULL are read");
            }
        }
        return table;
    }

    /** The clauses of the statement: one, or several {@code ADD} clauses in a row. */
    private static List<ParserRuleContext> clauses(Alter_tableContext ctx) {
        if (ctx.constraint_clauses() != null) {
            return List.of(ctx.constraint_clauses());
        }
        if (ctx.column_clauses() != null && ctx.column_clauses().add_modify_drop_column_clauses() != null) {
            return ctx.column_clauses().add_modify_drop_column_clauses().getRuleContexts(ParserRuleContext.class);
        }
        ParserRuleContext clause = ctx.getChild(ParserRuleContext.class, 1);
        return List.of(clause == null ? ctx : clause);
    }

    private static boolean onlyNullability(Modify_column_clausesContext m) {
        return !m.modify_col_properties().isEmpty() && m.modify_col_properties().stream().allMatch(p ->
                p.datatype() == null && p.DEFAULT() == null && p.lob_storage_clause() == null
                        && !p.inline_constraint().isEmpty()
                        && p.inline_constraint().stream().allMatch(c -> c.NULL_() != null));
    }
}
