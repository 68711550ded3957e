package io.cutover.mappings.schema.read;

import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;

/** Oracle identifier and literal rules: unquoted names fold to upper case, quoted names stay as written. */
final class Names {
    private Names() {
    }

    /** One identifier as the Oracle dictionary holds it. */
    static String normalise(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return written.toUpperCase(Locale.ROOT);
    }

    /** The last part of a dotted name: the object without its schema ({@code "SHOP"."T"} gives {@code T}). */
    static String last(ParserRuleContext dottedName) {
        List<String> parts = parts(dottedName);
        return parts.get(parts.size() - 1);
    }

    /** The parts of a dotted name (table, column, index name), normalised, e.g. {@code [SHOP, ORDERS, STATUS]}. */
    static List<String> parts(ParserRuleContext dottedName) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dottedName.getChildCount(); i++) {
            if (dottedName.getChild(i) instanceof PlSqlParser.Id_expressionContext id) {
                out.add(normalise(id.getText()));
            } else if (dottedName.getChild(i) instanceof PlSqlParser.IdentifierContext id) {
                out.add(normalise(id.id_expression().getText()));
            }
        }
        return out;
    }

    /** The value of a string literal: {@code 'it''s'}, {@code N'it''s'} and {@code q'[it's]'} give {@code it's}. */
    static String unquote(String literal) {
        String s = literal;
        if (s.charAt(0) == 'N' || s.charAt(0) == 'n') {
            s = s.substring(1);
        }
        if (s.charAt(0) == 'q' || s.charAt(0) == 'Q') {
            return s.substring(3, s.length() - 2);
        }
        return s.substring(1, s.length() - 1).replace("''", "'");
    }
}
