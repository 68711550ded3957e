package io.cutover.cli.demo;

/**
 * One stage of the demo. Each calls the same API as the CLI command of that stage, reports live figures through
 * {@link DemoContext#progress} while it runs, and returns its result line and figures. Adding a stage (traffic
 * routing, write switch) is adding a step to {@link DemoSteps}.
 */
public interface DemoStep {
    /** A short lower-case name, the first word of the step's output line. */
    String name();

    StepResult run(DemoContext context) throws Exception;
}
