package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/** The shard key values of the VALUES rows of an INSERT into a sharded table, and the binds of each row. */
record InsertRows(List<Row> rows) {
    /** @param params the statement's bind positions inside this row, in order */
    record Row(List<KeyValue> key, List<Integer> params) {
    }

    /** The rows, or null after adding to {@code problems} why a row cannot be routed. */
    static InsertRows of(TableUse table, SqlInsert insert, List<String> bindNames, List<String> problems) {
        String name = table.route().sourceTable();
        SqlNodeList columns = insert.getTargetColumnList();
        if (columns == null) {
            problems.add("INSERT into sharded table " + name + " has no column list: name the columns so that the "
                    + "shard key " + table.route().keyColumns() + " can be read");
            return null;
        }
        List<String> key = table.route().keyColumns();
        int[] positions = new int[key.size()];
        for (int k = 0; k < key.size(); k++) {
            positions[k] = -1;
            for (int c = 0; c < columns.size(); c++) {
                SqlIdentifier id = (SqlIdentifier) columns.get(c);
                if (id.names.get(id.names.size() - 1).equalsIgnoreCase(key.get(k))) {
                    positions[k] = c;
                }
            }
            if (positions[k] < 0) {
                problems.add("INSERT into sharded table " + name + " does not set shard key column " + key.get(k)
                        + "; a row needs its shard key to be routed");
                return null;
            }
        }
        List<Row> rows = new ArrayList<>();
        List<SqlNode> values = ((SqlCall) insert.getSource()).getOperandList();
        for (int r = 0; r < values.size(); r++) {
            SqlCall row = (SqlCall) values.get(r);
            List<KeyValue> keyValues = new ArrayList<>();
            for (int k = 0; k < positions.length; k++) {
                KeyValue v = KeyValue.of(row.operand(positions[k]), bindNames);
                if (v == null) {
                    problems.add("INSERT into " + name + ", row " + (r + 1) + ": shard key " + key.get(k) + " is "
                            + row.operand(positions[k]) + ", not a literal or bind; compute the key first and pass it "
                            + "as a bind");
                    return null;
                }
                keyValues.add(v);
            }
            rows.add(new Row(List.copyOf(keyValues), Params.of(row)));
        }
        return new InsertRows(List.copyOf(rows));
    }
}
