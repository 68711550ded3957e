package io.cutover.mappings.migrate;

import io.cutover.mappings.ddl.ConversionResult;
import io.cutover.mappings.ddl.ConversionResult.ShardDdl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes converted DDL as Flyway versioned migrations, one folder per shard ({@code <dir>/<shard>/V1__<name>.sql}),
 * the layout {@link SchemaApply} reads. Output is deterministic: the same input gives byte-identical files.
 * Each file is written to a temporary name first and moved into place, so none is left half-written.
 */
public final class MigrationWriter {
    private MigrationWriter() {
    }

    /** One migration file written. {@code replaced} when a file with other content was there before. */
    public record Written(String shard, Path file, int statements, boolean replaced) {
    }

    /**
     * @param origin what the DDL came from, for the header comment (e.g. {@code shop.sql, mapping shop.yaml})
     */
    public static List<Written> write(ConversionResult result, Path dir, String migrationName, String origin) {
        String fileName = "V1__" + migrationName.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT) + ".sql";
        List<Written> written = new ArrayList<>();
        for (ShardDdl shard : result.shards()) {
            String text = render(shard, origin);
            Path file = dir.resolve(shard.shard()).resolve(fileName);
            written.add(new Written(shard.shard(), file, shard.statements().size(), writeAtomically(file, text)));
        }
        return written;
    }

    static String render(ShardDdl shard, String origin) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Converted by Cutover from ").append(origin).append(": shard ").append(shard.shard())
                .append(", ").append(shard.statements().size()).append(" statements.\n")
                .append("-- Regenerate with 'cutover schema convert'; apply with 'cutover schema apply'.\n");
        for (String statement : shard.statements()) {
            sql.append('\n').append(statement).append(";\n");
        }
        return sql.toString();
    }

    /** Returns whether a different file was replaced. */
    private static boolean writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            boolean replaced = Files.exists(file) && !Files.readString(file).equals(text);
            Path temp = Files.createTempFile(file.getParent(), ".cutover-", ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write migration " + file, e);
        }
    }
}
