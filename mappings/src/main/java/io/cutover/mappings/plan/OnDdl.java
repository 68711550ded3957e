package io.cutover.mappings.plan;

import java.util.Locale;

/** What {@code cutover stream} does when the source schema of a mapped table changes ({@code stream: on-ddl}). */
public enum OnDdl {
    /** Apply every change before the schema change, then stop with a message naming it (the default). */
    STOP,
    /** Go on; source columns the target lacks are not written. */
    IGNORE,
    /**
     * Add new columns and widen columns on every physical table before the changes that need them; stop, as
     * {@link #STOP} does, at anything else (a dropped or renamed column or table, a narrowed or changed type).
     */
    APPLY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
