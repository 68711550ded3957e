package io.cutover.mappings.plan;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;

/** A mapping file that cannot be used; the message lists every problem, one {@code file:line:col: message} a line. */
public final class InvalidPlanException extends CutoverException {
    private final List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(ErrorCode.INVALID_INPUT, problems.stream().map(PlanProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
