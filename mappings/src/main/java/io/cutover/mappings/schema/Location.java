package io.cutover.mappings.schema;

/** Where a statement or object starts in an input file: {@code file:line:col}, 1-based. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
