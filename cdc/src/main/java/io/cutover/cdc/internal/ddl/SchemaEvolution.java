package io.cutover.cdc.internal.ddl;

import io.cutover.cdc.internal.apply.TableContext;
import io.cutover.cdc.internal.event.DdlStop;
import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.read.SourceTypes;
import io.cutover.mappings.types.TypeMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * {@code on-ddl: apply}: compares each new source structure of a mapped table with the one before it, from a
 * schema change event (binlog and Oracle sources) or from a row schema (PostgreSQL has no DDL event). Added
 * and widened columns throw {@link AlterNeeded} with their target types, mapped as the schema converter
 * maps them; anything else throws {@link DdlStop}. Not thread-safe; one per stream.
 */
public final class SchemaEvolution {
    private static final Pattern RENAME = Pattern.compile("\\bRENAME\\b", Pattern.CASE_INSENSITIVE);

    private final SourceType sourceType;
    private final TypeMapper types;
    private final Identifiers names;
    /** Per source table, the last structure seen, by upper-case column name. */
    private final Map<String, Map<String, SourceColumn>> known = new HashMap<>();

    public SchemaEvolution(MigrationPlan plan) {
        this.sourceType = plan.source().type();
        this.types = new TypeMapper(plan.target().dialect(), plan.typeOverrides());
        this.names = Identifiers.of(plan.target().dialect());
    }

    /** A schema change event's entry for a mapped table ({@code tableChanges[i]}), with the statement. */
    public void ddl(TableContext table, Struct change, String ddl) {
        String type = change.getString("type");
        if (!"ALTER".equals(type) || RENAME.matcher(ddl).find()) {
            throw stop(table, ddl, "it " + (RENAME.matcher(ddl).find() ? "renames" : type.toLowerCase(Locale.ROOT)
                    + "s") + " the table");
        }
        Map<String, SourceColumn> now = new LinkedHashMap<>();
        for (Object o : change.getStruct("table").getArray("columns")) {
            SourceColumn c = SourceColumn.of((Struct) o);
            now.put(key(c.name()), c);
        }
        if (!known.containsKey(table.sourceTable())) { // no row seen yet: the target has the columns before
            for (String column : table.target().columns()) {
                if (!now.containsKey(key(column))) {
                    throw stop(table, ddl, "it drops or renames column " + column);
                }
            }
        }
        evolve(table, now, ddl);
    }

    /** A row schema not seen before; columns whose source type was not propagated are left alone. */
    public void rows(TableContext table, Schema row) {
        Map<String, SourceColumn> now = new LinkedHashMap<>();
        for (Field f : row.fields()) {
            SourceColumn c = SourceColumn.of(f);
            if (c != null) {
                now.put(key(c.name()), c);
            }
        }
        evolve(table, now, "its rows now carry columns " + now.keySet());
    }

    private void evolve(TableContext table, Map<String, SourceColumn> now, String what) {
        Map<String, SourceColumn> before = known.put(table.sourceTable(), now);
        List<TargetColumn> alter = new ArrayList<>();
        if (before != null) {
            for (SourceColumn old : before.values()) {
                if (!now.containsKey(key(old.name()))) {
                    throw stop(table, what, "it drops or renames column " + old.name());
                }
            }
        }
        for (SourceColumn c : now.values()) {
            SourceColumn old = before == null ? null : before.get(key(c.name()));
            if (table.target().indexOf(names.name(c.name())) < 0) {
                alter.add(target(table, c, what));
            } else if (old != null && !old.equals(c)) {
                if (!c.widens(old)) {
                    throw stop(table, what, "it changes column " + c.name() + " from " + text(old) + " to " + text(c)
                            + ", which is not a widening");
                }
                alter.add(target(table, c, what));
            }
        }
        if (!alter.isEmpty()) {
            throw new AlterNeeded(table, alter);
        }
    }

    private TargetColumn target(TableContext table, SourceColumn c, String what) {
        ColumnType type = SourceTypes.oracleType(sourceType, c.type(), c.length(), c.scale());
        if (type == null) {
            throw stop(table, what, "column " + c.name() + " has source type " + text(c) + ", which has no mapping");
        }
        Column column = new Column(c.name(), type, true, null, false, null);
        return new TargetColumn(names.name(c.name()), types.map(table.sourceTable(), column).target());
    }

    private static DdlStop stop(TableContext table, String what, String why) {
        return new DdlStop("source DDL on mapped table " + table.sourceTable() + ": " + what + " -- " + why
                + "; on-ddl: apply only adds and widens columns, so the stream stopped before it. Apply the"
                + " equivalent change on every shard (cutover schema ...), then restart with on-ddl: ignore to pass"
                + " this statement, and set it back to apply afterwards");
    }

    private static String text(SourceColumn c) {
        return c.type() + (c.length() == null ? "" : "(" + c.length() + (c.scale() == null ? "" : "," + c.scale()) + ")");
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
