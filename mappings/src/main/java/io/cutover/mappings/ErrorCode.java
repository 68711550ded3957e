package io.cutover.mappings;

/** Why a Cutover operation failed; each code has a stable process exit code. */
public enum ErrorCode {
    /** The user's input (mapping file, DDL, SQL, option) is wrong. */
    INVALID_INPUT(2),
    /** A database endpoint could not be reached or refused the login. */
    CONNECTION_FAILED(2),
    /** Something the machine must provide (a server binary, a directory) is missing. */
    ENVIRONMENT(2),
    /** A bug or an unexpected state inside Cutover. */
    INTERNAL(2);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
