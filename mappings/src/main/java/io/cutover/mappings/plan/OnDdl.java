package io.cutover.mappings.plan;

import java.util.Locale;

/** What {@code cutover stream} does when the source schema of a mapped table changes ({@code stream: on-ddl}). */
public enum OnDdl {
    /** Apply every change before the schema change, then stop with a message naming it (the default). */
    STOP,
    /** Go on; source columns the target lacks are not written. */
    IGNORE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
