package io.cutover.mappings.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlsqlMaskTest {
    @Test
    void blanksCommentsAndLiteralsKeepingLineBreaksAndHints() {
        String text = "x := 'it''s'; -- ROWNUM\n/* a\nb */ y := q'{don't}' || Q'!x!';\nz /*+ FULL(t) */";
        assertEquals("x := " + " ".repeat(7) + "; " + " ".repeat(9) + "\n"
                + " ".repeat(4) + "\n"
                + " ".repeat(4) + " y := " + " ".repeat(10) + " || " + " ".repeat(6) + ";\n"
                + "z /*+ FULL(t) */", PlsqlMask.mask(text));
    }

    @Test
    void identifierEndingInQIsNotAQuote() {
        assertEquals("seq    ROWNUM", PlsqlMask.mask("seq'x' ROWNUM"));
    }

    @Test
    void unterminatedLiteralRunsToTheEnd() {
        assertEquals("a   \n ", PlsqlMask.mask("a 'b\nc"));
    }
}
