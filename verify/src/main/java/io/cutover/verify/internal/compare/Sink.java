package io.cutover.verify.internal.compare;

import io.cutover.verify.Difference;
import io.cutover.verify.internal.repair.RepairAction;

/** Where a comparison puts what it finds: the table's {@link Findings}, or {@link Held} until a re-check. */
public interface Sink {
    void add(Difference d);

    /** A fix for the row whose key text ({@link Difference#key()}) is {@code key}. */
    void repair(String key, RepairAction action);
}
