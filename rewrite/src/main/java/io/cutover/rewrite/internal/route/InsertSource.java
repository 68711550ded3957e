package io.cutover.rewrite.internal.route;

import io.cutover.rewrite.internal.route.Scope.KeyColumn;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;

/**
 * The table an INSERT ... SELECT into a sharded table copies its shard key from. Each physical table can
 * then insert from the same-numbered physical table of that table: the SELECT must fill every inserted key
 * column straight from the same key column of one table sharded alike.
 */
final class InsertSource {
    private static final String REASON = "; the rows' shard is only known after the SELECT runs: read them and "
            + "insert through the router";

    private InsertSource() {
    }

    /** The source table, or null after adding to {@code problems} why the rows cannot be routed. */
    static TableUse of(TableUse written, SqlInsert insert, SqlSelect select, Scope scope, List<String> problems) {
        String name = "INSERT ... SELECT into sharded table " + written.route().sourceTable();
        SqlNodeList columns = insert.getTargetColumnList();
        if (columns == null) {
            problems.add(name + " has no column list" + REASON);
            return null;
        }
        SqlNodeList items = select.getSelectList();
        if (items.size() != columns.size()) {
            problems.add(name + " selects " + items.size() + " item(s) for " + columns.size() + " column(s)"
                    + REASON);
            return null;
        }
        TableUse source = null;
        List<String> key = written.route().keyColumns();
        for (int k = 0; k < key.size(); k++) {
            SqlNode item = item(items, columns, key.get(k));
            KeyColumn from = item instanceof SqlIdentifier id ? scope.resolve(id) : null;
            if (from == null || from.column() != k || (source != null && from.table() != source)
                    || !from.table().shardedLike(written)) {
                problems.add(name + " fills shard key column " + key.get(k) + " with "
                        + (item == null ? "nothing" : item.toString())
                        + ", not with the same key column of one table sharded alike" + REASON);
                return null;
            }
            source = from.table();
        }
        return source;
    }

    /** The selected expression that fills {@code column}, without its alias; null when it is not inserted. */
    private static SqlNode item(SqlNodeList items, SqlNodeList columns, String column) {
        for (int c = 0; c < columns.size(); c++) {
            SqlIdentifier id = (SqlIdentifier) columns.get(c);
            if (id.names.get(id.names.size() - 1).equalsIgnoreCase(column)) {
                SqlNode item = items.get(c);
                return item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
            }
        }
        return null;
    }
}
