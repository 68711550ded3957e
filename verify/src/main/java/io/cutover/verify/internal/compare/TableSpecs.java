package io.cutover.verify.internal.compare;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.RowKeys;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardSql;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.verify.internal.canonical.ColumnKind;
import io.cutover.verify.internal.canonical.SqlType;
import io.cutover.verify.internal.canonical.SqlTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link TableSpec} from the live source table and the first physical table of its target. Target
 * columns are matched to source columns by name, ignoring case (Oracle's {@code NAME} is {@code name});
 * target-only columns are not compared.
 */
public final class TableSpecs {
    private TableSpecs() {
    }

    public static TableSpec read(TableMapping mapping, TableRoute route, Side source, String sourceSchema, Side shard) {
        PhysicalTable first = route.all().get(0);
        try (Connection s = source.connect(); Connection t = shard.connect()) {
            RowKeys.Keyed keyed = RowKeys.read(s, sourceSchema, route.sourceTable());
            Map<String, SqlType> sourceTypes = SqlTypes.read(s, keyed.table());
            Map<String, SqlType> targetTypes = SqlTypes.read(t, new TableRef(null, first.tableName()));
            if (targetTypes.isEmpty()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + first.tableName() + " (of "
                        + route.sourceTable() + ") does not exist on shard " + first.shardName()
                        + "; create the target schema first (cutover schema apply)");
            }
            Map<String, String> targetNames = new HashMap<>();
            targetTypes.keySet().forEach(n -> targetNames.put(n.toUpperCase(Locale.ROOT), n));
            List<Column> columns = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, SqlType> c : sourceTypes.entrySet()) {
                String target = targetNames.get(c.getKey().toUpperCase(Locale.ROOT));
                if (target == null) {
                    missing.add(c.getKey());
                    continue;
                }
                SqlType targetType = targetTypes.get(target);
                columns.add(new Column(c.getKey(), target, ColumnKind.merge(ColumnKind.of(c.getValue()),
                        ColumnKind.of(targetType)), c.getValue(), targetType));
            }
            if (!missing.isEmpty()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + first.tableName() + " on shard "
                        + first.shardName() + " lacks source column(s) " + missing + " of " + route.sourceTable()
                        + "; bring the target schema up to date (cutover schema apply)");
            }
            List<KeyColumn> targetKey = new ArrayList<>();
            for (KeyColumn k : keyed.key()) {
                targetKey.add(new KeyColumn(columns.get(indexOf(columns, k.name(), route)).targetName(), k.text()));
            }
            int[] keyIndexes = keyed.key().stream().mapToInt(k -> indexOf(columns, k.name(), route)).toArray();
            int[] shardKeyIndexes = route.keyColumns().stream().mapToInt(k -> indexOf(columns, k, route)).toArray();
            List<ShardSql.Key> shardKey = new ArrayList<>();
            for (int i : shardKeyIndexes) {
                Column c = columns.get(i);
                shardKey.add(new ShardSql.Key(source.flavor().quote(c.sourceName()), c.sourceType().jdbcType(),
                        c.sourceType().typeName()));
            }
            String sourceIndex = ShardSql.physicalIndex(mapping, route, source.flavor(), shardKey).orElse(null);
            return new TableSpec(route, keyed.table(), keyed.key(), targetKey, columns, keyIndexes, shardKeyIndexes,
                    sourceIndex);
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the columns of " + route.sourceTable()
                    + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static int indexOf(List<Column> columns, String name, TableRoute route) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).sourceName().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new CutoverException(ErrorCode.INVALID_INPUT, "column " + name + " of " + route.sourceTable()
                + " is not in both the source and the target table");
    }
}
