package io.cutover.sandbox;

/** A server's binaries are not installed; the message names the Debian package to install. */
public final class MissingBinariesException extends SandboxException {

    public MissingBinariesException(String message) {
        super(message);
    }
}
