package io.cutover.verify.internal.compare;

/** Row count and checksum of some rows; sums of disjoint row sets combine with {@link #plus}. */
public record Sum(long count, long fold) {
    public static final Sum ZERO = new Sum(0, 0);

    public Sum plus(Sum other) {
        return new Sum(count + other.count, fold ^ other.fold);
    }
}
