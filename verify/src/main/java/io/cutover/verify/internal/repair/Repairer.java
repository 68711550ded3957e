package io.cutover.verify.internal.repair;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.verify.internal.compare.Column;
import io.cutover.verify.internal.compare.Side;
import io.cutover.verify.internal.compare.TableSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns repair actions into statements on the shards: an upsert of the source row as it is when the
 * repair runs (a delete if the source row is gone by then), or a delete by key. {@link #print} renders them
 * with literals per shard; {@link #apply} runs them, one transaction per shard.
 */
public final class Repairer {
    private final Side source;
    private final Map<String, Side> shards;
    private final ChangeStatements statements;
    private final Map<String, TableSpec> specs;

    public Repairer(Side source, Map<String, Side> shards, ChangeStatements statements, Map<String, TableSpec> specs) {
        this.source = source;
        this.shards = shards;
        this.statements = statements;
        this.specs = specs;
    }

    /** The fix SQL per shard name, statements ending with {@code ;}. */
    public Map<String, String> print(List<RepairAction> actions) {
        Map<String, StringBuilder> sql = new LinkedHashMap<>();
        run(actions, (shard, statement, values) -> sql.computeIfAbsent(shard, s -> new StringBuilder())
                .append(SqlLiterals.inline(shards.get(shard).flavor(), statement, values)).append(";\n"));
        Map<String, String> out = new LinkedHashMap<>();
        sql.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** Applies the fixes; returns the statements run per shard name. */
    public Map<String, Long> apply(List<RepairAction> actions) {
        Map<String, List<Object[]>> byShard = new LinkedHashMap<>();
        run(actions, (shard, statement, values) -> byShard.computeIfAbsent(shard, s -> new ArrayList<>())
                .add(new Object[] {statement, values}));
        Map<String, Long> applied = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object[]>> e : byShard.entrySet()) {
            try (Connection c = shards.get(e.getKey()).connect()) {
                c.setAutoCommit(false);
                for (Object[] s : e.getValue()) {
                    try (PreparedStatement p = c.prepareStatement((String) s[0])) {
                        List<?> values = (List<?>) s[1];
                        for (int i = 0; i < values.size(); i++) {
                            p.setObject(i + 1, values.get(i));
                        }
                        p.executeUpdate();
                    }
                }
                c.commit();
                applied.put(e.getKey(), (long) e.getValue().size());
            } catch (SQLException ex) {
                throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot apply the repair on shard " + e.getKey()
                        + " (rolled back; run verify again): " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
            }
        }
        return applied;
    }

    private interface Sink {
        void statement(String shard, String sql, List<Object> values);
    }

    private void run(List<RepairAction> actions, Sink sink) {
        try (Connection src = source.connect()) {
            for (RepairAction a : actions) {
                TableSpec spec = specs.get(a.sourceTable());
                Object[] row = a.upsert() ? sourceRow(src, spec, a.key()) : null;
                String table = a.table().tableName();
                String[] keyNames = spec.targetKey().stream().map(k -> k.name()).toArray(String[]::new);
                if (row == null) {
                    sink.statement(a.table().shardName(), statements.delete(table, keyNames, 1), Arrays.asList(a.key()));
                    continue;
                }
                String[] names = spec.columns().stream().map(Column::targetName).toArray(String[]::new);
                boolean[] isKey = new boolean[names.length];
                for (int i : spec.keyIndexes()) {
                    isKey[i] = true;
                }
                sink.statement(a.table().shardName(), statements.upsert(table, names, isKey, 1), Arrays.asList(row));
            }
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot re-read source rows for the repair: "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    // the source row now, or null when it no longer exists
    private Object[] sourceRow(Connection c, TableSpec spec, Object[] key) throws SQLException {
        SqlFlavor f = source.flavor();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < spec.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(f.quote(spec.columns().get(i).sourceName()));
        }
        sql.append(" FROM ").append(spec.source().sql(f)).append(" WHERE ");
        for (int k = 0; k < spec.key().size(); k++) {
            sql.append(k == 0 ? "" : " AND ").append(f.quote(spec.key().get(k).name())).append(" = ?");
        }
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int k = 0; k < key.length; k++) {
                p.setObject(k + 1, key[k]);
            }
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] row = new Object[spec.columns().size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }
}
