package io.cutover.mappings.plan;

/** A place in the mapping file, printed the way compilers print it: {@code file:line:col}. */
public record SourceLocation(String file, int line, int column) {
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
