package io.cutover.mappings.plan;

import java.util.Locale;

/** How a shard key picks a physical table. The formulas are documented in the README. */
public enum Algorithm {
    MOD, HASH, RANGE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
