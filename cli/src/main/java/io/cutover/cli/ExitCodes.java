package io.cutover.cli;

/** The process exit codes of every command; stable, documented in {@code cutover --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The job ran and found differences or skipped something. */
    public static final int FOUND = 1;
    /** Invalid input, or the job could not run. */
    public static final int INVALID = 2;
    /** A precondition is not met, e.g. an endpoint is unreachable. */
    public static final int PRECONDITION = 3;

    private ExitCodes() {
    }
}
