package io.cutover.connect;

/** The version in the jar's manifest, as Connect lists plugins; "unknown" when run from classes. */
final class Version {
    private Version() {
    }

    static String of(Class<?> type) {
        String v = type.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
