package io.cutover.cli.demo;

import io.cutover.samples.ShopData;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a demo run does.
 *
 * @param size         how much SHOP data the source gets
 * @param seed         seed of the data and the workload
 * @param workload     how long the workload writes while the stream runs
 * @param rate         workload changes per second
 * @param dir          where the mapping file, migrations and reports go (and the servers with {@code keep})
 * @param keep         leave the servers running at the end, recorded in {@code dir}
 */
public record DemoOptions(ShopData.Size size, long seed, Duration workload, double rate, Path dir, boolean keep) {
    public static final Path DEFAULT_DIR = Path.of(".cutover", "demo");

    public Path reports() {
        return dir.resolve("reports");
    }

    public Path migrations() {
        return dir.resolve("migrations");
    }
}
