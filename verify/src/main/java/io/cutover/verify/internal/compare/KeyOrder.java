package io.cutover.verify.internal.compare;

import io.cutover.mappings.value.CanonicalValues;
import io.cutover.mappings.value.TextOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Orders key values as the databases order them in {@code ORDER BY} of the key expressions: numbers by
 * value whatever their Java type, text by code point, bytes unsigned, dates and times by value. Source and
 * target deliver different Java types for one key (Long and BigDecimal, Timestamp and LocalDateTime).
 */
public final class KeyOrder {
    private KeyOrder() {
    }

    public static int compare(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (CanonicalValues.isNumber(a) && CanonicalValues.isNumber(b)) {
            return CanonicalValues.decimal(a).compareTo(CanonicalValues.decimal(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return TextOrder.compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        LocalDateTime x = time(a);
        LocalDateTime y = time(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return TextOrder.compare(CanonicalValues.text(a), CanonicalValues.text(b));
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
        return v instanceof LocalDate d ? d.atStartOfDay() : null;
    }
}
