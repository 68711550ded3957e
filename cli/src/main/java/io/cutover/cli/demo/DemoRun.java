package io.cutover.cli.demo;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.sandbox.MissingBinariesException;
import io.cutover.sandbox.SandboxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs the steps in order, each with its live line; the first failure ends the run with the step's name. */
final class DemoRun {
    private DemoRun() {
    }

    static List<StepOutcome> run(List<DemoStep> steps, DemoContext context, StepPrinter printer) throws Exception {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            try (StepPrinter.Ticker ticker = printer.start(StepPrinter.label(i + 1, steps.size(), step.name()), context)) {
                StepResult result;
                try {
                    result = step.run(context);
                } catch (Exception e) {
                    ticker.finish(String.format(Locale.ROOT, "FAILED after %.1f s", ticker.seconds()));
                    throw failure(step, e);
                }
                double seconds = ticker.seconds();
                ticker.finish(String.format(Locale.ROOT, "%s  [%.1f s]%s", result.line(), seconds,
                        result.ok() ? "" : "  <- not as expected"));
                outcomes.add(new StepOutcome(step.name(), seconds, result));
            }
        }
        return outcomes;
    }

    private static Exception failure(DemoStep step, Exception e) {
        if (e instanceof MissingBinariesException) {
            return new CutoverException(ErrorCode.ENVIRONMENT, e.getMessage() + ". The demo needs both servers: "
                    + "apt-get install -y postgresql mariadb-server", e);
        }
        if (e instanceof SandboxException) {
            // a server that did not start, stop or answer: its own message says why, often with the server's log
            return new CutoverException(ErrorCode.ENVIRONMENT, "demo step " + step.name() + " failed: " + e.getMessage(), e);
        }
        String message = e instanceof CutoverException ? e.getMessage() : e.toString();
        return new CutoverException(ErrorCode.INTERNAL, "demo step " + step.name() + " failed: " + message, e);
    }
}
