package io.cutover.cdc.internal.ddl;

import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * A source column as the connector describes it: from a schema change event's table structure, or from a
 * row field's {@code __debezium.source.column.*} parameters ({@code column.propagate.source.type} is on).
 *
 * @param type   the source type name as the connector reports it, e.g. {@code VARCHAR}, {@code int4}
 * @param length character length or numeric precision; null when the type has none
 * @param scale  numeric scale; null when the type has none
 */
public record SourceColumn(String name, String type, Integer length, Integer scale) {
    private static final String PARAM = "__debezium.source.column.";

    /** A column of a schema change event's {@code table.columns} array. */
    static SourceColumn of(Struct column) {
        return new SourceColumn(column.getString("name"), column.getString("typeName"), column.getInt32("length"),
                column.getInt32("scale"));
    }

    /** A row field; null when the connector did not propagate the source type. */
    public static SourceColumn of(Field field) {
        Map<String, String> p = field.schema().parameters();
        String type = p == null ? null : p.get(PARAM + "type");
        if (type == null) {
            return null;
        }
        return new SourceColumn(field.name(), type, integer(p.get(PARAM + "length")), integer(p.get(PARAM + "scale")));
    }

    /** Same type and a larger length, or a larger precision that keeps the integer digits and the scale. */
    boolean widens(SourceColumn before) {
        return type.equalsIgnoreCase(before.type) && !equals(before) && atLeast(length, before.length)
                && atLeast(scale, before.scale) && (scale == null || length == null || before.length == null
                || length - scale >= before.length - before.scale);
    }

    private static boolean atLeast(Integer now, Integer before) {
        return before == null ? now == null : now != null && now >= before;
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
