package io.cutover.cdc.internal.event;

import io.cutover.cdc.internal.apply.Change;
import io.cutover.mappings.value.IntervalValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.postgresql.util.PGobject;

/**
 * Turns a Kafka Connect field value as Debezium encodes it into the Java value the router and the JDBC
 * drivers expect: {@code io.debezium.time.*} epoch numbers into LocalDate/LocalDateTime/LocalTime,
 * ZonedTimestamp text into OffsetDateTime, {@code VariableScaleDecimal} structs into BigDecimal, bytes into
 * byte[]. The unchanged-LOB/TOAST placeholder becomes {@link Change#KEEP}. One decoder per field,
 * chosen once per schema.
 */
@FunctionalInterface
public interface ValueDecoder {
    String INTERVAL = "io.debezium.time.Interval";
    String MICRO_DURATION = "io.debezium.time.MicroDuration";
    /** io.debezium.time.MicroDuration's month: 30.4375 days. */
    double DEBEZIUM_MONTH_MICROS = 30.4375 * IntervalValue.MICROS_PER_DAY;

    Object decode(Object value);

    static ValueDecoder of(Schema schema, String placeholder) {
        String name = schema.name();
        if (name != null) {
            switch (name) {
                case "io.debezium.time.Date":
                    return v -> v == null ? null : LocalDate.ofEpochDay(((Number) v).longValue());
                case "io.debezium.time.Timestamp":
                    return v -> v == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli((Long) v), ZoneOffset.UTC);
                case "io.debezium.time.MicroTimestamp":
                    return v -> v == null ? null : micros((Long) v);
                case "io.debezium.time.NanoTimestamp":
                    return v -> v == null ? null : LocalDateTime.ofEpochSecond(Math.floorDiv((Long) v, 1_000_000_000L),
                            (int) Math.floorMod((Long) v, 1_000_000_000L), ZoneOffset.UTC);
                case "io.debezium.time.ZonedTimestamp":
                    return v -> v == null ? null : OffsetDateTime.parse((String) v);
                case "io.debezium.time.Time":
                    return v -> v == null ? null : LocalTime.ofNanoOfDay(((Number) v).longValue() * 1_000_000L);
                case "io.debezium.time.MicroTime":
                    return v -> v == null ? null : LocalTime.ofNanoOfDay((Long) v * 1_000L);
                case "io.debezium.time.NanoTime":
                    return v -> v == null ? null : LocalTime.ofNanoOfDay((Long) v);
                case "io.debezium.data.VariableScaleDecimal":
                    return v -> v == null ? null : variableScale((Struct) v);
                case "org.apache.kafka.connect.data.Timestamp":
                    return v -> v == null ? null : LocalDateTime.ofInstant(((java.util.Date) v).toInstant(), ZoneOffset.UTC);
                case "org.apache.kafka.connect.data.Date":
                    return v -> v == null ? null
                            : LocalDate.ofInstant(((java.util.Date) v).toInstant(), ZoneOffset.UTC);
                default:
                    break;
            }
        }
        return switch (schema.type()) {
            case STRING -> v -> placeholder.equals(v) ? Change.KEEP : v;
            case BYTES -> bytes(placeholder);
            default -> v -> v;
        };
    }

    /** A Debezium interval field: {@code io.debezium.time.Interval} (ISO text) or {@code MicroDuration}. */
    static boolean isInterval(Schema schema) {
        return INTERVAL.equals(schema.name()) || MICRO_DURATION.equals(schema.name());
    }

    /**
     * An interval written as the target column holds it: total months ({@code INT}), total microseconds
     * ({@code BIGINT}) or a PostgreSQL interval, with a month counted as 30 days where a total needs one
     * ({@link IntervalValue}). ISO text ({@code interval.handling.mode=string}, what the stream configures)
     * keeps months exact; MicroDuration (the {@code numeric} mode) has already counted a month as Debezium's
     * 30.4375 days, so its total months are rounded back from that.
     */
    static ValueDecoder interval(Schema schema, IntervalColumns.Form form) {
        boolean iso = INTERVAL.equals(schema.name());
        return v -> {
            if (v == null) {
                return null;
            }
            if (iso) {
                IntervalValue i = IntervalValue.parseIso((String) v);
                return switch (form) {
                    case MONTHS -> Math.toIntExact(i.totalMonths());
                    case MICROS -> i.totalMicros();
                    case INTERVAL -> pgInterval(i);
                };
            }
            long micros = ((Number) v).longValue();
            return switch (form) {
                case MONTHS -> Math.toIntExact(Math.round(micros / DEBEZIUM_MONTH_MICROS));
                case MICROS -> micros;
                case INTERVAL -> pgInterval(IntervalValue.ofMicros(micros));
            };
        };
    }

    private static PGobject pgInterval(IntervalValue i) {
        PGobject o = new PGobject();
        o.setType("interval");
        try {
            o.setValue(i.toIso());
        } catch (SQLException e) {
            throw new IllegalStateException(e); // PGobject.setValue does not parse
        }
        return o;
    }

    private static ValueDecoder bytes(String placeholder) {
        byte[] marker = placeholder.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return v -> {
            if (v == null || v instanceof BigDecimal) {
                return v; // org.apache.kafka.connect.data.Decimal arrives decoded
            }
            byte[] b;
            if (v instanceof ByteBuffer buffer) {
                b = new byte[buffer.remaining()];
                buffer.duplicate().get(b);
            } else {
                b = (byte[]) v;
            }
            return Arrays.equals(b, marker) ? Change.KEEP : b;
        };
    }

    private static LocalDateTime micros(long micros) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    private static BigDecimal variableScale(Struct s) {
        byte[] unscaled = s.getBytes("value");
        return new BigDecimal(new BigInteger(unscaled), s.getInt32("scale"));
    }
}
