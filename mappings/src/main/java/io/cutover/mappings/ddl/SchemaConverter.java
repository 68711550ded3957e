package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.types.ColumnMapping;
import io.cutover.mappings.types.TypeMapper;
import io.cutover.mappings.types.TypeOverrides;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts an Oracle schema to the DDL of every target shard. Per shard the statements run in this
 * order: sequences, tables (with their comments), indexes, foreign keys. The output depends only on the
 * input: the same schema and plan give byte-identical statements and findings.
 */
public final class SchemaConverter {
    /** The shard name used when there is no plan: one unsharded target. */
    public static final String UNSHARDED = "target";

    private final ConversionOptions options;

    public SchemaConverter(ConversionOptions options) {
        this.options = options;
    }

    /**
     * @param plan null for one unsharded target holding every table; its type overrides choose column types
     */
    public ConversionResult convert(Schema schema, MigrationPlan plan, Dialect dialect) {
        Identifiers ids = Identifiers.of(dialect);
        Findings findings = new Findings();
        List<String> shards = plan == null ? List.of(UNSHARDED)
                : plan.target().shards().stream().map(Endpoint::name).toList();
        ShardRouter router = plan == null ? null : ShardRouter.of(plan);
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        for (Table t : schema.tables()) {
            TableMapping m = plan == null
                    ? new TableMapping(t.name(), ids.name(t.name()), Placement.SINGLE, null, UNSHARDED, SourceLocation.UNKNOWN)
                    : plan.table(t.name()).orElse(null);
            if (m == null) {
                findings.error(t.name(), "not in mapping file " + plan.file() + "; add it to the tables there, or "
                        + "exclude it");
            } else {
                TableRoute route = router == null || m.placement() == Placement.EXCLUDED ? null : router.table(m.source());
                layouts.put(t.name(), TableLayout.of(t, m, route, shards));
            }
        }
        TypeMapper types = new TypeMapper(dialect, plan == null ? TypeOverrides.NONE : plan.typeOverrides());
        ColumnPlanner columnPlanner = new ColumnPlanner(dialect, ids, types, findings);
        TablePlanner tablePlanner = new TablePlanner(dialect, ids, options, findings);
        List<ColumnMapping> columns = new ArrayList<>();
        List<TablePlan> plans = new ArrayList<>();
        Map<String, List<String>> sequenceUsers = new LinkedHashMap<>();
        List<IdPlan> identityPlans = new ArrayList<>();
        for (TableLayout layout : layouts.values()) {
            if (layout.placement() == Placement.EXCLUDED) {
                findings.info(layout.table().name(), "excluded in the mapping file; not created");
                continue;
            }
            checkNameLengths(layout, ids, findings);
            List<Index> indexes = schema.indexes().stream().filter(i -> i.table().equals(layout.table().name())).toList();
            List<ColumnMapping> mapped = types.mapTable(layout.table(), keyColumns(layout.table(), indexes));
            columns.addAll(mapped);
            List<TablePlan.ColumnDef> defs = columnPlanner.plan(layout, mapped, sequenceUsers, identityPlans);
            plans.add(tablePlanner.plan(layout, defs, mapped, indexes, layouts));
        }
        List<IdPlan> idPlans = new ArrayList<>(identityPlans);
        SequencePlanner sequences = new SequencePlanner(dialect, ids, shards.size(), findings);
        for (Sequence s : schema.sequences()) {
            idPlans.add(sequences.plan(s, sequenceUsers.getOrDefault(s.name(), List.of())));
        }
        for (String missing : sequenceUsers.keySet()) {
            if (schema.sequences().stream().noneMatch(s -> s.name().equals(missing))) {
                findings.warning(missing, "sequence used by " + String.join(", ", sequenceUsers.get(missing))
                        + " is not in the schema");
            }
        }
        DdlWriter writer = DdlWriter.of(dialect);
        List<ConversionResult.ShardDdl> out = new ArrayList<>();
        for (int k = 0; k < shards.size(); k++) {
            List<String> statements = new ArrayList<>();
            for (Sequence s : schema.sequences()) {
                statements.addAll(sequences.statements(writer, s, k));
            }
            statements.addAll(new ShardWriter(writer, ids, shards.get(k)).write(plans));
            out.add(new ConversionResult.ShardDdl(shards.get(k), statements));
        }
        return new ConversionResult(out, findings.list(), columns, idPlans);
    }

    /** Columns that must stay indexable (keys and indexes), so the row size fit leaves them alone. */
    private static Set<String> keyColumns(Table t, List<Index> indexes) {
        Set<String> out = new HashSet<>();
        if (t.primaryKey() != null) {
            out.addAll(t.primaryKey().columns());
        }
        for (Key k : t.uniqueKeys()) {
            out.addAll(k.columns());
        }
        t.foreignKeys().forEach(fk -> out.addAll(fk.columns()));
        indexes.forEach(i -> out.addAll(i.columns()));
        return out;
    }

    /** The shard router names physical tables exactly as the plan says, so an over-long name is an error. */
    private static void checkNameLengths(TableLayout layout, Identifiers ids, Findings findings) {
        for (TableLayout.PhysicalTable p : layout.all()) {
            if (!ids.shorten(p.name()).equals(p.name())) {
                findings.error(layout.table().name(), "target table name " + p.name() + " is longer than "
                        + ids.maxLength() + "; choose a shorter target (or physicalName) in the mapping file "
                        + layout.mapping().location());
                return;
            }
        }
    }
}
