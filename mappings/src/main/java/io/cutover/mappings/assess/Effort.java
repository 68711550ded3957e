package io.cutover.mappings.assess;

/**
 * The estimated effort in person-days, in half-day steps:
 *
 * <pre>
 * points = sum of manual object scores
 *        + 2 x (LOSSY and NEEDS_REVIEW columns) + 1 x (other warnings) + 4 x (errors) + 1 x (skipped statements)
 * person-days = ceil(points / 16) / 2
 * </pre>
 *
 * <p>One point is about 15 minutes, so a person-day of 8 hours is 32 points.
 *
 * @param formula the formula with this schema's numbers filled in, for the report
 */
public record Effort(int points, double personDays, String formula) {
    static final int COLUMN_POINTS = 2;
    static final int WARNING_POINTS = 1;
    static final int ERROR_POINTS = 4;
    static final int SKIPPED_POINTS = 1;
    /** Points per half day: 4 hours of 15-minute points. */
    static final int POINTS_PER_HALF_DAY = 16;

    static Effort of(int manualPoints, int columns, int warnings, int errors, int skipped) {
        int points = manualPoints + COLUMN_POINTS * columns + WARNING_POINTS * warnings + ERROR_POINTS * errors
                + SKIPPED_POINTS * skipped;
        int halfDays = (points + POINTS_PER_HALF_DAY - 1) / POINTS_PER_HALF_DAY;
        String formula = String.format("points = %d (manual objects) + %d x %d (lossy/needs-review columns) + %d x %d "
                        + "(warnings) + %d x %d (errors) + %d x %d (skipped statements) = %d; person-days = "
                        + "ceil(points / %d) / 2 = %s (1 point = 15 minutes)", manualPoints, COLUMN_POINTS, columns,
                WARNING_POINTS, warnings, ERROR_POINTS, errors, SKIPPED_POINTS, skipped, points, POINTS_PER_HALF_DAY,
                days(halfDays / 2.0));
        return new Effort(points, halfDays / 2.0, formula);
    }

    /** {@code 6.5}, or {@code 2} for whole days. */
    static String days(double personDays) {
        return personDays == Math.rint(personDays) ? String.valueOf((long) personDays) : String.valueOf(personDays);
    }
}
