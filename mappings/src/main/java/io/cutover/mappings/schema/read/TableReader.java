package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Column_definitionContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Create_tableContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Relational_propertyContext;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads {@code CREATE TABLE}: columns, inline and out-of-line constraints, whether it is partitioned.
 * Physical attributes (storage, tablespace, LOB storage, compression, logging, partition bounds) are
 * read past: the target has its own.
 */
final class TableReader {
    private final SourceStatement source;
    private final ConstraintReader constraints;
    private final TypeReader types;

    TableReader(SourceStatement source) {
        this.source = source;
        this.constraints = new ConstraintReader(source);
        this.types = new TypeReader(source);
    }

    TableDraft read() {
        Create_tableContext ctx = source.parse(PlSqlParser::create_table);
        TerminalNode kind = ctx.getToken(PlSqlParser.TABLE, 0);
        StringBuilder modifiers = new StringBuilder();
        for (int i = 1; ctx.getChild(i) != kind; i++) {
            modifiers.append(ctx.getChild(i).getText().toUpperCase(Locale.ROOT)).append(' ');
        }
        if (!modifiers.isEmpty()) {
            throw source.problem(ctx.getStart(), "CREATE " + modifiers + "TABLE is not supported");
        }
        if (ctx.relational_table() == null) {
            throw source.problem(kind.getSymbol(), "object and XMLType tables are not supported");
        }
        var table = ctx.relational_table();
        var properties = table.relational_table_properties();
        var select = first(properties, PlSqlParser.Select_only_statementContext.class);
        if (select != null) {
            throw source.problem(((PlSqlParser.Table_propertiesContext) select.getParent()).AS().getSymbol(),
                    "CREATE TABLE ... AS SELECT is not supported: its columns come from a query; "
                            + "export the table's DDL with DBMS_METADATA.GET_DDL instead");
        }
        if (table.relational_property().isEmpty()) {
            throw source.problem(kind.getSymbol(), "table " + Names.last(ctx.table_name()) + " has no columns");
        }
        TableDraft draft = new TableDraft(Names.last(ctx.table_name()), source.location(ctx.getStart()));
        for (Relational_propertyContext p : table.relational_property()) {
            if (p.column_definition() != null) {
                column(draft, p.column_definition());
            } else if (p.virtual_column_definition() != null) {
                throw source.problem(p.getStart(), "virtual column " + Names.last(p.virtual_column_definition()
                        .column_name()) + " is not supported");
            } else if (p.period_definition() != null) {
                throw source.problem(p.getStart(), "PERIOD FOR (temporal validity) is not supported");
            }
        }
        for (Relational_propertyContext p : table.relational_property()) {
            if (p.out_of_line_constraint() != null) {
                constraints.outOfLine(draft, p.out_of_line_constraint());
            } else if (p.out_of_line_ref_constraint() != null) {
                constraints.outOfLineRef(draft, p.out_of_line_ref_constraint());
            }
        }
        draft.partitioned = first(properties, PlSqlParser.Table_partitioning_clausesContext.class) != null;
        return draft;
    }

    private void column(TableDraft draft, Column_definitionContext c) {
        String name = Names.last(c.column_name());
        if (draft.columns.containsKey(name)) {
            throw source.problem(c.getStart(), "column " + name + " is defined twice");
        }
        if (c.datatype() == null) {
            String type = c.type_name() == null ? "(none)" : source.text(c.type_name());
            throw source.problem(c.type_name() == null ? c.getStart() : c.type_name().getStart(),
                    "column " + name + ": unknown type " + type);
        }
        ColumnType type = types.read(c.datatype(), name);
        boolean identity = c.identity_clause() != null;
        boolean defaultOnNull = c.DEFAULT() != null && c.ON() != null;
        String defaultExpression = c.expression() == null ? null : source.text(c.expression());
        draft.columns.put(name, new Column(name, type, !identity && !defaultOnNull, defaultExpression, identity, null));
        if (c.inline_ref_constraint() != null) {
            throw source.problem(c.inline_ref_constraint().getStart(), "REF/SCOPE constraints are not supported");
        }
        for (var constraint : c.inline_constraint()) {
            constraints.inline(draft, name, constraint);
        }
    }

    /** The first node of {@code type} in {@code tree} (depth first), or null. */
    private static <T extends ParserRuleContext> T first(ParseTree tree, Class<T> type) {
        if (tree == null || type.isInstance(tree)) {
            return type.cast(tree);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            T found = first(tree.getChild(i), type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
