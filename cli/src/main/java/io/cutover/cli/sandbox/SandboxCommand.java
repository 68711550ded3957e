package io.cutover.cli.sandbox;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.sandbox.SandboxDirectory;
import io.cutover.sandbox.SandboxException;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sandbox",
        description = {"Private throwaway PostgreSQL and MariaDB servers on free local ports, to try Cutover.",
            "Needs the Debian packages postgresql and mariadb-server."},
        subcommands = {SandboxUpCommand.class, SandboxStatusCommand.class, SandboxDownCommand.class})
public final class SandboxCommand {
    @Option(names = "--dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Where the servers and their state live (default: ${DEFAULT-VALUE}).")
    Path dir = SandboxDirectory.DEFAULT;

    SandboxDirectory directory() {
        return new SandboxDirectory(dir);
    }

    /** The {@code --dir} option a later sandbox command needs to find these servers: empty for the default. */
    String dirOption() {
        return dir.equals(SandboxDirectory.DEFAULT) ? "" : " --dir " + dir;
    }

    /** Runs a sandbox operation, turning its failures into Cutover's error type. */
    static <T> T guarded(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SandboxException e) {
            throw new CutoverException(ErrorCode.ENVIRONMENT, e.getMessage(), e);
        }
    }
}
