package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Index;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser.Index_exprContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@code CREATE [UNIQUE|BITMAP] INDEX}. An index with any expression ({@code UPPER(name)}) is
 * function-based: all its items are kept as written, in {@code expressions}. Sort order and physical
 * attributes are read past.
 */
final class IndexReader {
    private final SourceStatement source;

    IndexReader(SourceStatement source) {
        this.source = source;
    }

    Index read(Function<String, TableDraft> tables) {
        var ctx = source.parse(PlSqlParser::create_index);
        var on = ctx.table_index_clause();
        if (on == null) {
            throw source.problem(ctx.ON().getSymbol(), "cluster and bitmap join indexes are not supported");
        }
        String tableName = Names.last(on.tableview_name());
        TableDraft table = tables.apply(tableName);
        if (table == null) {
            throw source.problem(on.tableview_name().getStart(), "index on table " + tableName
                    + ", which no CREATE TABLE before it defines");
        }
        boolean functionBased = on.index_expr().stream().anyMatch(e -> e.column_name() == null);
        List<String> columns = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (Index_exprContext item : on.index_expr()) {
            if (functionBased) {
                expressions.add(source.text(item));
            } else {
                String column = Names.last(item.column_name());
                if (!table.columns.containsKey(column)) {
                    throw source.problem(item.getStart(), "table " + tableName + " has no column " + column);
                }
                columns.add(column);
            }
        }
        return new Index(Names.last(ctx.index_name()), tableName, columns, expressions, ctx.UNIQUE() != null,
                source.location(ctx.getStart()));
    }
}
