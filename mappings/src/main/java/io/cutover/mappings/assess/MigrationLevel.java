package io.cutover.mappings.assess;

import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.assess.AssessmentReport.Status;
import io.cutover.mappings.assess.AssessmentReport.TableStatus;
import io.cutover.mappings.schema.ManualObject.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The migration level, after Ora2Pg's: a letter for the amount of work and a number for its technical
 * difficulty, written {@code B-3}.
 *
 * <ul>
 *   <li>A: runs automatically: no manual objects and no table that needs work.
 *   <li>B: code or schema rework, effort up to {@value #B_MAX_DAYS} person-days.
 *   <li>C: rework of more than {@value #B_MAX_DAYS} person-days.
 * </ul>
 * <ul>
 *   <li>1: no manual objects.
 *   <li>2: declarative objects only (views, materialized views, synonyms, database links), no {@link Construct}.
 *   <li>3: code (packages, procedures, functions, triggers, types, blocks), no {@link Construct}.
 *   <li>4: constructs found in declarative objects only.
 *   <li>5: constructs found in code.
 * </ul>
 *
 * @param meaning the two rules that applied, in words
 */
public record MigrationLevel(char letter, int number, String meaning) {
    static final int B_MAX_DAYS = 5;
    private static final Set<Kind> DECLARATIVE = EnumSet.of(Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.SYNONYM,
            Kind.DATABASE_LINK);
    private static final String[] LETTERS = {"A: converts automatically",
        "B: rework of up to " + B_MAX_DAYS + " person-days", "C: rework of more than " + B_MAX_DAYS + " person-days"};
    private static final String[] NUMBERS = {"1: no manual objects",
        "2: views, synonyms or database links to rewrite", "3: PL/SQL code to rewrite",
        "4: views or synonyms with Oracle-specific constructs", "5: PL/SQL code with Oracle-specific constructs"};


    static MigrationLevel of(List<ManualWork> objects, List<TableStatus> tables, Effort effort) {
        boolean tableWork = tables.stream().anyMatch(t -> t.status() == Status.NEEDS_WORK);
        char letter = objects.isEmpty() && !tableWork ? 'A' : effort.personDays() <= B_MAX_DAYS ? 'B' : 'C';
        boolean code = objects.stream().anyMatch(o -> !DECLARATIVE.contains(o.kind()));
        boolean constructs = objects.stream().anyMatch(o -> !o.constructs().isEmpty());
        boolean constructsInCode = objects.stream()
                .anyMatch(o -> !o.constructs().isEmpty() && !DECLARATIVE.contains(o.kind()));
        int number = objects.isEmpty() ? 1 : constructsInCode ? 5 : constructs ? 4 : code ? 3 : 2;
        return new MigrationLevel(letter, number, LETTERS[letter - 'A'] + "; " + NUMBERS[number - 1]);
    }

    @Override
    public String toString() {
        return letter + "-" + number;
    }
}
