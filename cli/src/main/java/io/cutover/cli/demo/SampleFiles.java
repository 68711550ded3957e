package io.cutover.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The files of {@code samples/shop}, read from the samples jar, so the demo runs from any directory. */
final class SampleFiles {
    private static final String ROOT = "/io/cutover/samples/shop/";

    private SampleFiles() {
    }

    static String read(String name) {
        try (InputStream in = io.cutover.samples.ShopData.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("samples/shop/" + name + " is missing from the samples jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read samples/shop/" + name, e);
        }
    }
}
