package io.cutover.mappings.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one mapping file so that all of them are reported at once. */
final class Problems {
    private final String file;
    private final List<PlanProblem> problems = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    SourceLocation at(Node node) {
        return at(node.getStartMark());
    }

    /** SnakeYAML marks are 0-based; compilers and editors count from 1. */
    SourceLocation at(Mark mark) {
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    SourceLocation start() {
        return new SourceLocation(file, 1, 1);
    }

    void add(Node node, String message) {
        add(at(node), message);
    }

    void add(SourceLocation location, String message) {
        problems.add(new PlanProblem(location, message));
    }

    /** How many problems so far; a reader compares counts to tell whether its part was sound. */
    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws every problem found, in file order; returns when there is none. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<PlanProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt((PlanProblem p) -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new InvalidPlanException(sorted);
        }
    }
}
