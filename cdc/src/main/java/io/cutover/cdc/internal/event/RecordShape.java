package io.cutover.cdc.internal.event;

import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.apply.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * How the row struct of one Debezium value schema maps onto a target table: which target column each
 * field fills and how its value is decoded. Built once per schema; a source schema change brings a new one.
 */
final class RecordShape {
    private final Field[] fields;
    private final int[] targetIndexes;
    private final ValueDecoder[] decoders;
    private final int width;
    /** Source columns the target table lacks; empty when every field has a home. */
    final List<String> unmapped = new ArrayList<>();

    RecordShape(Schema rowSchema, TargetTable target, String placeholder) {
        this(rowSchema, target, placeholder, column -> IntervalColumns.Form.MICROS);
    }

    /** @param intervals the form the target stores an interval column in, by target column name */
    RecordShape(Schema rowSchema, TargetTable target, String placeholder,
                java.util.function.Function<String, IntervalColumns.Form> intervals) {
        List<Field> all = rowSchema.fields();
        List<Field> kept = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<ValueDecoder> decoders = new ArrayList<>();
        for (Field f : all) {
            int i = target.indexOf(f.name());
            if (i < 0) {
                unmapped.add(f.name());
                continue;
            }
            kept.add(f);
            indexes.add(i);
            decoders.add(ValueDecoder.isInterval(f.schema())
                    ? ValueDecoder.interval(f.schema(), intervals.apply(target.columns()[i]))
                    : ValueDecoder.of(f.schema(), placeholder));
        }
        this.fields = kept.toArray(new Field[0]);
        this.targetIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        this.decoders = decoders.toArray(new ValueDecoder[0]);
        this.width = target.columns().length;
    }

    /** The row image in target column order; columns the struct lacks are {@link Change#KEEP}. */
    Object[] decode(Struct row) {
        Object[] values = new Object[width];
        if (fields.length < width) {
            java.util.Arrays.fill(values, Change.KEEP);
        }
        for (int i = 0; i < fields.length; i++) {
            // Struct.get(Field) returns the schema's default for a null value: a NULL must stay NULL
            values[targetIndexes[i]] = decoders[i].decode(row.getWithoutDefault(fields[i].name()));
        }
        return values;
    }
}
