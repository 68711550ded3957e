package io.cutover.mappings.assess;

import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.ManualObject.Kind;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.types.Classification;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a migration of one Oracle schema to one target will take: the answer to "what will be hard?".
 * Plain data; the text, HTML and JSON renderings all read only this.
 *
 * @param source        the DDL file the schema was read from, as given
 * @param target        the target dialect's name, e.g. {@code mysql}
 * @param mapping       the mapping file used for placements, or null
 * @param columns       every LOSSY or NEEDS_REVIEW column mapping
 * @param findings      the converter's warnings and errors, except those repeating a column in {@code columns}
 * @param manualObjects the objects a person must convert, hardest first
 * @param skipped       statements that were not read
 */
public record AssessmentReport(String source, String target, String mapping, Counts counts, MigrationLevel level,
                               Effort effort, List<TableStatus> tables, List<ColumnIssue> columns,
                               List<Finding> findings, List<ManualWork> manualObjects, List<Skipped> skipped) {
    public AssessmentReport {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        findings = List.copyOf(findings);
        manualObjects = List.copyOf(manualObjects);
        skipped = List.copyOf(skipped);
    }

    /**
     * One line saying it all, e.g. {@code shop.sql: 10 tables, 71 columns, ... (target mysql). Migration level B-5,
     * estimated effort 3 person-days}.
     */
    public String headline() {
        return source + ": " + plural(counts.tables(), "table") + ", " + plural(counts.columns(), "column") + ", "
                + plural(counts.indexes(), "index") + ", " + plural(counts.sequences(), "sequence") + ", "
                + plural(counts.constraints(), "constraint") + ", " + plural(counts.manualObjectTotal(), "manual object")
                + ", " + plural(skipped.size(), "skipped statement") + " (target " + target + "). Migration level "
                + level + ", estimated effort " + Effort.days(effort.personDays()) + " person-days";
    }

    static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("x") ? noun + "es" : noun + "s");
    }

    /**
     * @param constraints   primary keys + unique keys + foreign keys + checks
     * @param manualObjects the number of objects of every kind, zero included, in {@link Kind} order
     */
    public record Counts(int tables, int columns, int indexes, int sequences, int constraints, int primaryKeys,
                         int uniqueKeys, int foreignKeys, int checks, Map<Kind, Integer> manualObjects) {
        public Counts {
            Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
            byKind.putAll(manualObjects);
            manualObjects = Collections.unmodifiableMap(byKind);
        }

        public int manualObjectTotal() {
            return manualObjects.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * How one table converts.
     *
     * @param placement from the mapping file; null without one, or when the mapping file lacks the table
     * @param warnings  WARNING findings on the table, its columns and constraints
     * @param errors    ERROR findings on the table, its columns and constraints
     */
    public record TableStatus(String table, Placement placement, Status status, int columns, int lossy,
                              int needsReview, int warnings, int errors) {
    }

    /** A table's conversion status. */
    public enum Status {
        /** Converts as is. */
        OK,
        /** Converts, with warnings to read (lossy types, dropped foreign keys, untranslated checks...). */
        WARNINGS,
        /** A person must act: an error, or a column mapping that needs review. */
        NEEDS_WORK,
        /** Excluded in the mapping file. */
        EXCLUDED
    }

    /** A column whose values may change on the target, or whose mapping a person must decide. */
    public record ColumnIssue(String table, String column, String sourceType, String targetType,
                              Classification classification, String reason) {
    }

    /**
     * An object that needs manual conversion, with its difficulty score (see {@link Difficulty}).
     *
     * @param constructs the constructs found in its code, in {@link Construct} order
     */
    public record ManualWork(Kind kind, String name, Location location, int lines, int score,
                             List<ConstructUse> constructs) {
        public ManualWork {
            constructs = List.copyOf(constructs);
        }
    }

    /**
     * One construct found in an object's code.
     *
     * @param line    the file line of its first occurrence
     * @param excerpt that line, trimmed and shortened, credentials masked
     */
    public record ConstructUse(Construct construct, int count, int points, int line, String excerpt) {
    }
}
