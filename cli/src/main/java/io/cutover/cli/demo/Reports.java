package io.cutover.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the demo's report files into its reports directory and remembers them for the summary. */
final class Reports {
    private Reports() {
    }

    static Path write(DemoContext context, String name, String text) throws IOException {
        Path dir = context.options().reports();
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        context.report(file);
        return file;
    }
}
