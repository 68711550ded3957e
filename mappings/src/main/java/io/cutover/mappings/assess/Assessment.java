package io.cutover.mappings.assess;

import io.cutover.mappings.assess.AssessmentReport.ColumnIssue;
import io.cutover.mappings.assess.AssessmentReport.Counts;
import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.assess.AssessmentReport.Status;
import io.cutover.mappings.assess.AssessmentReport.TableStatus;
import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.ConversionResult;
import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.ManualObject.Kind;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.types.Classification;
import io.cutover.mappings.types.ColumnMapping;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses what migrating a schema will take: converts it to the target as {@code schema convert} does (same
 * plan, so the same type overrides) and collects counts, per-table status, lossy columns, converter warnings,
 * scored manual objects, the effort and the migration level.
 *
 * <pre>{@code AssessmentReport r = Assessment.of("shop.sql", schema).plan(plan).target(Dialect.MYSQL).report(); }</pre>
 */
public final class Assessment {
    private final String source;
    private final Schema schema;
    private MigrationPlan plan;
    private Dialect target;

    private Assessment(String source, Schema schema) {
        this.source = source;
        this.schema = schema;
    }

    /** @param source the name of the DDL input, for the report's headline */
    public static Assessment of(String source, Schema schema) {
        return new Assessment(source, schema);
    }

    /** Placements come from this plan; null (the default) assesses one unsharded target. */
    public Assessment plan(MigrationPlan plan) {
        this.plan = plan;
        return this;
    }

    /** The target dialect; by default the plan's, else MySQL. */
    public Assessment target(Dialect dialect) {
        this.target = dialect;
        return this;
    }

    public AssessmentReport report() {
        Dialect dialect = target != null ? target : plan != null ? plan.target().dialect() : Dialect.MYSQL;
        ConversionResult result = new SchemaConverter(ConversionOptions.DEFAULTS)
                .convert(schema, plan, dialect);
        List<ColumnIssue> columns = result.columns().stream().filter(Assessment::needsAttention)
                .map(Assessment::issue).toList();
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.severity() != Finding.Severity.INFO && !repeats(f, columns)).toList();
        List<TableStatus> tables = schema.tables().stream().map(t -> status(t, columns, findings)).toList();
        List<ManualWork> manual = schema.manualObjects().stream().map(Difficulty::score)
                .sorted(Comparator.comparingInt(ManualWork::score).reversed()).toList();
        Effort effort = Effort.of(manual.stream().mapToInt(ManualWork::score).sum(), columns.size(),
                count(findings, Finding.Severity.WARNING), count(findings, Finding.Severity.ERROR),
                schema.skipped().size());
        return new AssessmentReport(source, dialect.yamlName(), plan == null ? null : plan.file(), counts(),
                MigrationLevel.of(manual, tables, effort), effort, tables, columns, findings, manual, schema.skipped());
    }

    private Counts counts() {
        List<Table> tables = schema.tables();
        int pks = (int) tables.stream().filter(t -> t.primaryKey() != null).count();
        int uks = tables.stream().mapToInt(t -> t.uniqueKeys().size()).sum();
        int fks = tables.stream().mapToInt(t -> t.foreignKeys().size()).sum();
        int checks = tables.stream().mapToInt(t -> t.checks().size()).sum();
        Map<Kind, Integer> manual = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            manual.put(k, 0);
        }
        for (ManualObject o : schema.manualObjects()) {
            manual.merge(o.kind(), 1, Integer::sum);
        }
        return new Counts(tables.size(), tables.stream().mapToInt(t -> t.columns().size()).sum(),
                schema.indexes().size(), schema.sequences().size(), pks + uks + fks + checks, pks, uks, fks, checks,
                manual);
    }

    private TableStatus status(Table t, List<ColumnIssue> columns, List<Finding> findings) {
        Placement placement = plan == null ? null : plan.table(t.name()).map(TableMapping::placement).orElse(null);
        List<ColumnIssue> own = columns.stream().filter(c -> c.table().equals(t.name())).toList();
        int lossy = (int) own.stream().filter(c -> c.classification() == Classification.LOSSY).count();
        int review = own.size() - lossy;
        List<Finding> ownFindings = findings.stream()
                .filter(f -> f.object().equals(t.name()) || f.object().startsWith(t.name() + ".")).toList();
        int warnings = count(ownFindings, Finding.Severity.WARNING);
        int errors = count(ownFindings, Finding.Severity.ERROR);
        Status status = placement == Placement.EXCLUDED ? Status.EXCLUDED
                : errors > 0 || review > 0 ? Status.NEEDS_WORK
                : lossy > 0 || warnings > 0 ? Status.WARNINGS : Status.OK;
        return new TableStatus(t.name(), placement, status, t.columns().size(), lossy, review, warnings, errors);
    }

    private static boolean needsAttention(ColumnMapping m) {
        return m.classification() == Classification.LOSSY || m.classification() == Classification.NEEDS_REVIEW;
    }

    private static ColumnIssue issue(ColumnMapping m) {
        return new ColumnIssue(m.table(), m.column(), m.source().text(), m.targetType(), m.classification(),
                m.reason());
    }

    /** The converter also reports every lossy or needs-review column as a warning; the report lists it once. */
    private static boolean repeats(Finding f, List<ColumnIssue> columns) {
        return columns.stream().anyMatch(c -> f.object().equals(c.table() + "." + c.column())
                && f.message().startsWith(c.classification() + " "));
    }

    private static int count(List<Finding> findings, Finding.Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
