package io.cutover.mappings.ddl;

/**
 * Something the conversion did that a person should know about.
 *
 * @param object the source object it concerns, e.g. {@code ORDERS}, {@code ORDERS.STATUS}, {@code FK_ITEMS_ORDER}
 */
public record Finding(Severity severity, String object, String message) {
    public enum Severity { INFO, WARNING, ERROR }

    @Override
    public String toString() {
        return severity + " " + object + ": " + message;
    }
}
