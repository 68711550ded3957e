package io.cutover.mappings.shard;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code mod}: index = floorMod(integer key, T), never negative. Accepts Byte, Short, Integer, Long,
 * BigInteger and a BigDecimal without fractional part (Oracle NUMBER, e.g. 42.000). Anything else,
 * including strings of digits and floating point, is an error: an integer shard key must arrive as a number.
 */
final class ModFunction implements ShardFunction {
    private static final String INTEGER =
            "it must be an integer (Byte, Short, Integer, Long, BigInteger or BigDecimal without fraction)";

    private final String table;
    private final String column;
    private final int total;
    private final BigInteger bigTotal;

    ModFunction(String table, String column, int total) {
        this.table = table;
        this.column = column;
        this.total = total;
        this.bigTotal = BigInteger.valueOf(total);
    }

    @Override
    public int index(Object key) {
        if (key instanceof Long l) {
            return Math.floorMod(l, total);
        }
        if (key instanceof Integer i) {
            return Math.floorMod(i, total);
        }
        if (key instanceof BigDecimal d) {
            if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
                throw KeyErrors.unusable(table, column, "mod", INTEGER + ", found a BigDecimal with a fractional part");
            }
            return index(d.toBigInteger());
        }
        if (key instanceof BigInteger b) {
            return b.bitLength() < 64 ? Math.floorMod(b.longValue(), total) : b.mod(bigTotal).intValue();
        }
        if (key instanceof Short || key instanceof Byte) {
            return Math.floorMod(((Number) key).intValue(), total);
        }
        throw KeyErrors.unusable(table, column, "mod", INTEGER + ", " + KeyErrors.found(key));
    }

    @Override
    public int index(Object[] keyValues) {
        return index(keyValues[0]);
    }
}
