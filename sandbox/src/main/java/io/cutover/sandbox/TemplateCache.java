package io.cutover.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initialised data directories, built once per machine and server version under {@link Dirs#scratchRoot()}, then
 * copied for each new server: copying takes a tenth of what initdb or mariadb-install-db take.
 * A template is built in a private temporary directory and renamed into place, so concurrent builds
 * (other JVMs, other test runs) never see half of one.
 */
final class TemplateCache {

    /** Bump when the content of a template changes (settings, users), so old templates are not reused. */
    private static final int FORMAT = 1;
    private static final Path ROOT = Dirs.scratchRoot().resolve("cutover-sandbox-templates");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+[\\w.+-]*");
    private static final Map<String, Path> READY = new ConcurrentHashMap<>();

    private TemplateCache() {
    }

    /**
     * The {@code data} directory of the template for {@code engine} and {@code binary}'s version; if absent,
     * {@code builder} gets an empty working directory and must create {@code data} inside it.
     */
    static Path dataDir(Engine engine, Path binary, Consumer<Path> builder) {
        String key = engine.namePrefix() + "-" + version(binary) + "-t" + FORMAT;
        return READY.computeIfAbsent(key, k -> obtain(k, builder));
    }

    private static Path obtain(String key, Consumer<Path> builder) {
        Path template = ROOT.resolve(key);
        if (Files.isDirectory(template.resolve("data"))) {
            return template.resolve("data");
        }
        Path work = null;
        try {
            Files.createDirectories(ROOT);
            work = Files.createTempDirectory(ROOT, key + ".building-");
            builder.accept(work);
            Files.move(work, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException builtConcurrently) {
            // another process finished first; its template is as good as ours
        } catch (IOException e) {
            throw new UncheckedIOException("could not build template " + template, e);
        } finally {
            if (work != null) {
                Dirs.delete(work);
            }
        }
        return template.resolve("data");
    }

    /** The version {@code binary --version} reports, safe for a file name. */
    private static String version(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher m = VERSION.matcher(out);
            if (!m.find()) {
                throw new SandboxException(binary + " --version printed no version: " + out.strip());
            }
            return m.group().replaceAll("[^\\w.-]", "_");
        } catch (IOException e) {
            throw new SandboxException("could not run " + binary + " --version: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while running " + binary + " --version", e);
        }
    }
}
