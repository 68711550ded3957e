package io.cutover.mappings.schema.read;

import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/** Reads {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN} into the table they name. */
final class CommentReader {
    private final SourceStatement source;

    CommentReader(SourceStatement source) {
        this.source = source;
    }

    TableDraft read(Function<String, TableDraft> tables) {
        if (source.word(2).equals("TABLE")) {
            var ctx = source.parse(PlSqlParser::comment_on_table);
            TableDraft table = table(tables, Names.last(ctx.tableview_name()), ctx.tableview_name());
            table.comment = Names.unquote(ctx.quoted_string().getText());
            return table;
        }
        var ctx = source.parse(PlSqlParser::comment_on_column);
        List<String> parts = Names.parts(ctx.column_name());
        if (parts.size() < 2) {
            throw source.problem(ctx.column_name().getStart(), "COMMENT ON COLUMN needs table.column");
        }
        TableDraft table = table(tables, parts.get(parts.size() - 2), ctx.column_name());
        String column = parts.get(parts.size() - 1);
        if (!table.columns.containsKey(column)) {
            throw source.problem(ctx.column_name().getStart(), "table " + table.name + " has no column " + column);
        }
        table.comment(column, Names.unquote(ctx.quoted_string().getText()));
        return table;
    }

    private TableDraft table(Function<String, TableDraft> tables, String name, ParserRuleContext at) {
        TableDraft table = tables.apply(name);
        if (table == null) {
            throw source.problem(at.getStart(), "COMMENT names table " + name + ", which no CREATE TABLE before it defines");
        }
        return table.copy();
    }
}
