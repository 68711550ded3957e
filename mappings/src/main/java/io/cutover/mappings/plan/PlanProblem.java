package io.cutover.mappings.plan;

/** One thing wrong with a mapping file, at the key or value that is wrong. Never contains a secret value. */
public record PlanProblem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
