package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.ManualObject.Kind;
import java.util.Map;
import java.util.Set;

/**
 * Recognises objects a person must convert (PL/SQL units, views, synonyms, database links) from the
 * head of their statement; the body is kept as written and not parsed.
 */
final class ManualObjectReader {
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "FORCE", "NO", "EDITIONABLE",
            "NONEDITIONABLE", "EDITIONING", "PUBLIC", "SHARED", "AND", "RESOLVE", "COMPILE", "NOFORCE");
    private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("PROCEDURE", Kind.PROCEDURE),
            Map.entry("FUNCTION", Kind.FUNCTION), Map.entry("PACKAGE", Kind.PACKAGE),
            Map.entry("TRIGGER", Kind.TRIGGER), Map.entry("TYPE", Kind.TYPE), Map.entry("VIEW", Kind.VIEW),
            Map.entry("MATERIALIZED", Kind.MATERIALIZED_VIEW), Map.entry("SYNONYM", Kind.SYNONYM),
            Map.entry("DATABASE", Kind.DATABASE_LINK), Map.entry("LIBRARY", Kind.OTHER), Map.entry("JAVA", Kind.OTHER));

    private ManualObjectReader() {
    }

    /** The kind of object {@code source} creates, or null when it is not a manual object. */
    static Kind kind(SourceStatement source) {
        if (source.word(0).equals("DECLARE") || source.word(0).equals("BEGIN")) {
            return Kind.OTHER;
        }
        if (!source.word(0).equals("CREATE")) {
            return null;
        }
        int i = 1;
        while (MODIFIERS.contains(source.word(i))) {
            i++;
        }
        return KINDS.get(source.word(i));
    }

    static ManualObject read(SourceStatement source, Kind kind) {
        Statement statement = source.statement();
        var location = source.location(source.tokens().get(0));
        if (source.word(0).equals("DECLARE") || source.word(0).equals("BEGIN")) {
            return new ManualObject(kind, "anonymous block", statement.lineCount(), statement.text(), location);
        }
        int i = 1;
        while (MODIFIERS.contains(source.word(i))) {
            i++;
        }
        i++;
        if (source.word(i).equals("BODY") || source.word(i).equals("VIEW") || source.word(i).equals("LINK")) {
            i++;
        }
        if (kind == Kind.PACKAGE && source.word(i - 1).equals("BODY")) {
            kind = Kind.PACKAGE_BODY;
        }
        if (i >= source.tokens().size()) {
            throw source.problem(source.tokens().get(source.tokens().size() - 1), "the statement ends before the "
                    + "object's name");
        }
        String name = Names.normalise(source.tokens().get(i).getText());
        while (source.word(i + 1).equals(".") && i + 2 < source.tokens().size()) {
            i += 2;
            name = kind == Kind.DATABASE_LINK ? name + "." + Names.normalise(source.tokens().get(i).getText())
                    : Names.normalise(source.tokens().get(i).getText());
        }
        return new ManualObject(kind, name, statement.lineCount(), statement.text(), location);
    }
}
