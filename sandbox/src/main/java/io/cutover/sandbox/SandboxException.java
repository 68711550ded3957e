package io.cutover.sandbox;

/** A sandbox server could not be found, started, stopped or reached. */
public class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
