package io.cutover.cdc.internal.ddl;

import io.cutover.mappings.types.TargetType;

/** A column every physical table of a target table must have, with at least this type. */
public record TargetColumn(String name, TargetType type) {
    @Override
    public String toString() {
        return name + " " + type.sql();
    }
}
