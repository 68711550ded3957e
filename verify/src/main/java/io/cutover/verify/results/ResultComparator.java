package io.cutover.verify.results;

import io.cutover.mappings.value.CanonicalValues;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares two query results as an Oracle application would see them: numbers by value (scale ignored),
 * DATE equal to a DATETIME at midnight, {@code ''} equal to NULL, floating point values at a number of
 * significant digits, timestamps at a number of fraction digits. Ordered results are compared row by row
 * while streaming; unordered ones as multisets (held as counts of distinct rows). No files, no CLI: the
 * traffic router uses it for shadow reads.
 *
 * <pre>{@code
 * Comparison c = ResultComparator.builder().floatDigits(12).build().compare(sourceRs, targetRs, false);
 * }</pre>
 * Instances are immutable and thread-safe.
 */
public final class ResultComparator {
    private final int floatDigits;
    private final int fractionDigits;
    private final int sampleLimit;

    private ResultComparator(Builder b) {
        this.floatDigits = b.floatDigits;
        this.fractionDigits = b.fractionDigits;
        this.sampleLimit = b.sampleLimit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Compares two open result sets (both are read to the end, neither is closed). */
    public Comparison compare(ResultSet left, ResultSet right, boolean ordered) throws SQLException {
        int columns = left.getMetaData().getColumnCount();
        if (columns != right.getMetaData().getColumnCount()) {
            return new Comparison(false, 0, 0, columns + " columns against " + right.getMetaData().getColumnCount(),
                    List.of());
        }
        try {
            return compare(new Rows(left, columns), new Rows(right, columns), ordered);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    /** Compares two lists of rows (each row a list of column values as JDBC drivers return them). */
    public Comparison compare(List<List<Object>> left, List<List<Object>> right, boolean ordered) {
        if (!left.isEmpty() && !right.isEmpty() && left.get(0).size() != right.get(0).size()) {
            return new Comparison(false, 0, 0, left.get(0).size() + " columns against " + right.get(0).size(), List.of());
        }
        return compare(left.iterator(), right.iterator(), ordered);
    }

    private Comparison compare(Iterator<List<Object>> left, Iterator<List<Object>> right, boolean ordered) {
        List<Comparison.RowDifference> samples = new ArrayList<>();
        long l = 0;
        long r = 0;
        if (ordered) {
            boolean equal = true;
            while (left.hasNext() || right.hasNext()) {
                List<String> a = left.hasNext() ? canonical(left.next()) : null;
                List<String> b = right.hasNext() ? canonical(right.next()) : null;
                long row = Math.max(a == null ? 0 : ++l, b == null ? 0 : ++r);
                if (a == null || b == null || !a.equals(b)) {
                    equal = false;
                    sample(samples, new Comparison.RowDifference(a == null ? Comparison.RowDifference.Kind.ONLY_RIGHT
                            : b == null ? Comparison.RowDifference.Kind.ONLY_LEFT
                            : Comparison.RowDifference.Kind.DIFFERENT, row, a, b));
                }
            }
            return new Comparison(equal, l, r, null, samples);
        }
        Map<List<String>, long[]> balance = new HashMap<>();
        for (; left.hasNext(); l++) {
            balance.computeIfAbsent(canonical(left.next()), k -> new long[1])[0]++;
        }
        for (; right.hasNext(); r++) {
            balance.computeIfAbsent(canonical(right.next()), k -> new long[1])[0]--;
        }
        boolean equal = true;
        for (Map.Entry<List<String>, long[]> e : balance.entrySet()) {
            long n = e.getValue()[0];
            for (long i = 0; i < Math.abs(n); i++) {
                equal = false;
                sample(samples, new Comparison.RowDifference(n > 0 ? Comparison.RowDifference.Kind.ONLY_LEFT
                        : Comparison.RowDifference.Kind.ONLY_RIGHT, 0, n > 0 ? e.getKey() : null,
                        n > 0 ? null : e.getKey()));
            }
        }
        return new Comparison(equal, l, r, null, samples);
    }

    private void sample(List<Comparison.RowDifference> samples, Comparison.RowDifference d) {
        if (samples.size() < sampleLimit) {
            samples.add(d);
        }
    }

    private List<String> canonical(List<Object> row) {
        List<String> out = new ArrayList<>(row.size());
        for (Object v : row) {
            out.add(canonical(v));
        }
        return out;
    }

    /** The text a value is compared as; null for NULL and for Oracle's empty string. */
    String canonical(Object v) {
        if (v == null || v instanceof String s && s.isEmpty()) {
            return null;
        }
        if (v instanceof Double || v instanceof Float) {
            return CanonicalValues.text(new BigDecimal(v.toString()).round(new MathContext(floatDigits)));
        }
        LocalDateTime time = time(v);
        if (time != null) {
            int unit = (int) Math.pow(10, 9 - fractionDigits);
            return CanonicalValues.text(time.withNano(time.getNano() / unit * unit));
        }
        return CanonicalValues.text(v);
    }

    private static LocalDateTime time(Object v) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        return v instanceof OffsetDateTime t ? t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : null;
    }

    /** Streams a result set's rows. */
    private static final class Rows implements Iterator<List<Object>> {
        private final ResultSet rs;
        private final int columns;
        private Boolean more;

        Rows(ResultSet rs, int columns) {
            this.rs = rs;
            this.columns = columns;
        }

        @Override
        public boolean hasNext() {
            if (more == null) {
                try {
                    more = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the next row: " + e.getMessage(), e);
                }
            }
            return more;
        }

        @Override
        public List<Object> next() {
            hasNext();
            more = null;
            List<Object> row = new ArrayList<>(columns);
            try {
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a row: " + e.getMessage(), e);
            }
            return row;
        }
    }

    public static final class Builder {
        private int floatDigits = 15;
        private int fractionDigits = 6;
        private int sampleLimit = 10;

        private Builder() {
        }

        /** Significant digits at which FLOAT/DOUBLE values are compared (default 15). */
        public Builder floatDigits(int digits) {
            this.floatDigits = digits;
            return this;
        }

        /** Fraction-of-second digits at which timestamps are compared, 0 to 9 (default 6, microseconds). */
        public Builder timestampDigits(int digits) {
            if (digits < 0 || digits > 9) {
                throw new IllegalArgumentException("timestampDigits must be 0 to 9, was " + digits);
            }
            this.fractionDigits = digits;
            return this;
        }

        /** The most differing rows kept in a {@link Comparison} (default 10). */
        public Builder sampleLimit(int rows) {
            this.sampleLimit = rows;
            return this;
        }

        public ResultComparator build() {
            return new ResultComparator(this);
        }
    }
}
