package io.cutover.mappings.types;

import io.cutover.mappings.dialect.Dialect;

/** The built-in Oracle to target type table of one dialect family; see {@code docs/type-mapping.md}. */
interface TypeRules {

    TargetType map(OracleType type);

    static TypeRules of(Dialect.Family family) {
        return family == Dialect.Family.MYSQL ? new MysqlTypeRules() : new PostgresTypeRules();
    }

    /** Oracle's default fractional-second digits of TIMESTAMP and INTERVAL DAY TO SECOND. */
    int DEFAULT_FRACTION = 6;

    /** Both families keep microseconds at most. */
    int MAX_FRACTION = 6;

    /** {@code FLOAT(n)} bits that a binary double still round-trips as decimal digits (15 digits). */
    int DOUBLE_SAFE_BITS = 49;

    static int fraction(Integer digits) {
        return digits == null ? DEFAULT_FRACTION : digits;
    }

    /** Decimal digits of an Oracle {@code FLOAT(bits)}: ceil(bits * log10(2)). */
    static int floatDigits(int bits) {
        return (int) Math.ceil(bits * 0.30103);
    }
}
