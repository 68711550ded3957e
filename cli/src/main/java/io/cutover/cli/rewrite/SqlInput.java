package io.cutover.cli.rewrite;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the SQL script from a file or standard input as strict UTF-8, with errors a user can act on. */
final class SqlInput {
    private SqlInput() {
    }

    static String read(Path file, InputStream stdin) {
        String source = file == null ? "standard input" : file.toString();
        byte[] bytes;
        try {
            bytes = file == null ? stdin.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, file + ": no such SQL file");
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, source + ": cannot read the SQL: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, source + ": not UTF-8 text; save the SQL as UTF-8");
        }
    }
}
