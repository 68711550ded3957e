package io.cutover.cdc.internal.ddl;

import io.cutover.cdc.internal.apply.TableContext;
import java.util.List;

/**
 * Thrown by the decoder at an additive source schema change ({@code on-ddl: apply}): the changes decoded
 * before it are applied, then {@link #columns} are added or widened on every physical table of
 * {@link #table}, then the record is decoded again.
 */
public final class AlterNeeded extends RuntimeException {
    public final transient TableContext table;
    public final transient List<TargetColumn> columns;

    AlterNeeded(TableContext table, List<TargetColumn> columns) {
        super("alter " + table.target().name() + ": " + columns, null, false, false);
        this.table = table;
        this.columns = columns;
    }
}
