package io.cutover.cli.schema;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an Oracle DDL file into the schema model, with file errors a user can act on. */
final class DdlInput {
    private DdlInput() {
    }

    static Schema read(Path ddl) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(ddl))).toString();
        } catch (CharacterCodingException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, ddl + ": this is binary data, not SQL text; "
                    + "export the DDL as UTF-8 text");
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, ddl + ": cannot read the DDL file: " + reason(e)
                    + "; check the path given with --ddl");
        }
        return new OracleDdlReader().read(ddl.toString(), text);
    }

    /** The short reason of a file error, without Java class names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e);
    }
}
