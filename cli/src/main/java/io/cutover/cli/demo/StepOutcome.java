package io.cutover.cli.demo;

/** A step that ran, how long it took and what it returned. */
record StepOutcome(String name, double seconds, StepResult result) {
}
