package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Column_definitionContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Column_nameContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Create_tableContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Relational_propertyContext;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Virtual_column_definitionContext;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads {@code CREATE TABLE}: columns (virtual and invisible ones too), inline and out-of-line constraints,
 * whether it is partitioned.
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
        List<Token> invisible = GrammarGaps.hideInCreateTable(source);
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
        List<Relational_propertyContext> columns = table.relational_property();
        for (int i = 0; i < columns.size(); i++) {
            Relational_propertyContext p = columns.get(i);
            boolean hidden = marks(invisible, p, i + 1 < columns.size() ? columns.get(i + 1) : null);
            if (p.column_definition() != null) {
                column(draft, p.column_definition(), hidden || p.column_definition().INVISIBLE() != null);
            } else if (p.virtual_column_definition() != null) {
                virtualColumn(draft, p.virtual_column_definition(),
                        hidden || p.virtual_column_definition().INVISIBLE() != null);
            } else if (p.period_definition() != null) {
                throw source.problem(p.getStart(), "PERIOD FOR (temporal validity) is not supported");
            }
        }
        for (Relational_propertyContext p : columns) {
            if (p.out_of_line_constraint() != null) {
                constraints.outOfLine(draft, p.out_of_line_constraint());
            } else if (p.out_of_line_ref_constraint() != null) {
                constraints.outOfLineRef(draft, p.out_of_line_ref_constraint());
            }
        }
        draft.partitioned = first(properties, PlSqlParser.Table_partitioning_clausesContext.class) != null;
        return draft;
    }

    private void column(TableDraft draft, Column_definitionContext c, boolean invisible) {
        String name = columnName(draft, c.column_name());
        if (c.datatype() == null) {
            String type = c.type_name() == null ? "(none)" : source.text(c.type_name());
            throw source.problem(c.type_name() == null ? c.getStart() : c.type_name().getStart(),
                    "column " + name + ": unknown type " + type);
        }
        ColumnType type = types.read(c.datatype(), name);
        boolean identity = c.identity_clause() != null;
        boolean defaultOnNull = c.DEFAULT() != null && c.ON() != null;
        String defaultExpression = c.expression() == null ? null : source.text(c.expression());
        draft.columns.put(name, new Column(name, type, !identity && !defaultOnNull, defaultExpression, identity, null,
                null, invisible));
        if (c.inline_ref_constraint() != null) {
            throw source.problem(c.inline_ref_constraint().getStart(), "REF/SCOPE constraints are not supported");
        }
        for (var constraint : c.inline_constraint()) {
            constraints.inline(draft, name, constraint);
        }
    }

    /**
     * A virtual column: its values are computed from the expression, never stored. Without a declared type
     * (Oracle derives it from the expression) the target type is unknown, so the column is left out and
     * reported; the rest of the table is read.
     */
    private void virtualColumn(TableDraft draft, Virtual_column_definitionContext v, boolean invisible) {
        String name = columnName(draft, v.column_name());
        if (v.datatype() == null) {
            source.note(v.getStart(), "virtual column " + name + " has no declared type and is left out; declare "
                    + "its type in the DDL (as DBMS_METADATA.GET_DDL writes it) to convert it");
            return;
        }
        ColumnType type = types.read(v.datatype(), name);
        String expression = source.text(v.virtual_column_expression().expression());
        draft.columns.put(name, new Column(name, type, true, null, false, null, expression, invisible));
        for (var constraint : v.inline_constraint()) {
            constraints.inline(draft, name, constraint);
        }
    }

    private String columnName(TableDraft draft, Column_nameContext c) {
        String name = Names.last(c);
        if (draft.columns.containsKey(name)) {
            throw source.problem(c.getStart(), "column " + name + " is defined twice");
        }
        return name;
    }

    /** Whether a hidden INVISIBLE token lies between this property and the next one. */
    private static boolean marks(List<Token> invisible, Relational_propertyContext p, Relational_propertyContext next) {
        int from = p.getStart().getTokenIndex();
        int to = next == null ? Integer.MAX_VALUE : next.getStart().getTokenIndex();
        return invisible.stream().anyMatch(t -> t.getTokenIndex() > from && t.getTokenIndex() < to);
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
