package io.cutover.rewrite.internal.route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlTimestampLiteral;

/** A shard key value written in a statement: a literal, or a bind whose value comes at routing time. */
sealed interface KeyValue {
    /** Returned by {@link #resolve} for a bind whose value is not known yet. */
    Object UNKNOWN = new Object();

    record Literal(Object value) implements KeyValue {
    }

    /** @param index the bind's position among the statement's {@code ?} markers */
    record Bind(int index, String name) implements KeyValue {
    }

    /** The value, or {@link #UNKNOWN} for a bind when {@code binds} is null. */
    default Object resolve(List<Object> binds) {
        if (this instanceof Literal l) {
            return l.value();
        }
        Bind b = (Bind) this;
        return binds == null ? UNKNOWN : binds.get(b.index());
    }

    /** The value a node stands for, or null when it is an expression (not a literal or bind). */
    static KeyValue of(SqlNode node, List<String> bindNames) {
        if (node instanceof SqlDynamicParam p) {
            return new Bind(p.getIndex(), bindNames.get(p.getIndex()));
        }
        if (node instanceof SqlNumericLiteral n) {
            return new Literal(number(n.getValueAs(BigDecimal.class)));
        }
        if (node instanceof SqlCall c && c.getKind() == SqlKind.MINUS_PREFIX
                && c.operand(0) instanceof SqlNumericLiteral n) {
            return new Literal(number(n.getValueAs(BigDecimal.class).negate()));
        }
        if (node instanceof SqlCharStringLiteral s) {
            return new Literal(s.getValueAs(String.class));
        }
        if (node instanceof SqlDateLiteral d) {
            return new Literal(LocalDate.parse(d.toFormattedString()));
        }
        if (node instanceof SqlTimestampLiteral t) {
            return new Literal(LocalDateTime.parse(t.toFormattedString().replace(' ', 'T')));
        }
        return null;
    }

    /** Integers as Long (what {@code mod} and integer range boundaries take), others as BigDecimal. */
    private static Object number(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
            return stripped.longValueExact();
        }
        return d;
    }
}
