package io.cutover.sandbox;

/** One server a {@link SandboxDirectory} recorded, and whether its process is still alive. */
public record SandboxEntry(String name, Engine engine, int port, long pid, String jdbcUrl, boolean running) {
}
