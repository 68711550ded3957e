package io.cutover.mappings.plan;

/**
 * A resolved credential. {@link #toString()} never reveals it; only JDBC code that opens a connection
 * calls {@link #reveal()}. {@code reference} is what the user wrote (e.g. {@code ${env:SOURCE_PASSWORD}})
 * when the value came from the environment or a file, and is safe to print.
 */
public final class Secret {
    public static final Secret NONE = new Secret("", null);

    private final String value;
    private final String reference;

    private Secret(String value, String reference) {
        this.value = value;
        this.reference = reference;
    }

    public static Secret of(String value, String reference) {
        return new Secret(value, reference);
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** What may be shown to a user: the reference, or a mask for an inline value. */
    @Override
    public String toString() {
        if (reference != null) {
            return reference;
        }
        return value.isEmpty() ? "" : "****";
    }
}
