package io.cutover.mappings;

/**
 * The one exception type Cutover throws for failures a user should see. Its message is written for
 * a DBA: what happened, where, and what to do next. It never contains credentials.
 */
public class CutoverException extends RuntimeException {
    private final ErrorCode code;

    public CutoverException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public CutoverException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
