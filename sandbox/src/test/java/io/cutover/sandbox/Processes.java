package io.cutover.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test checks that a server really left: no process, no listening port. */
final class Processes {

    private Processes() {
    }

    /** The process has exited (and, being our child, been reaped by the JVM). */
    static void assertGone(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("process " + pid + " is still alive", e);
            }
        });
    }

    static void assertPortClosed(int port) {
        try {
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            throw new AssertionError("something still listens on port " + port);
        } catch (IOException refused) {
            assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        }
    }
}
