package io.cutover.mappings.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRenderTest {
    private static final AssessmentReport SHOP = Assessment.of(Ddl.SHOP, Ddl.shop()).report();
    private static final AssessmentReport HARD = Assessment.of(Ddl.HARD, Ddl.hard()).report();

    @Test
    void textStartsWithTheHeadline() {
        String text = TextReport.render(SHOP);
        assertEquals("shop-oracle.sql: 10 tables, 72 columns, 5 indexes, 3 sequences, 23 constraints, 5 manual objects, "
                + "1 skipped statement (target mysql). Migration level B-5, estimated effort 2 person-days",
                text.lines().findFirst().orElseThrow());
        assertTrue(text.contains("\n  COUNTRIES    -          needs-work  4        0      2       0         0\n"), text);
        assertTrue(text.contains("  shop-oracle.sql:201:3: constraint CATEGORY_PARENT_FK is DISABLED"), text);
        assertTrue(text.contains("ORDER_API: DBMS_/UTL_ package call x1 (+3), first at line 301: "), text);
    }

    @Test
    void textSaysNoneForEmptySections() {
        String text = TextReport.render(HARD);
        assertTrue(text.contains("Skipped statements (0)\n  none\n"), text);
        assertTrue(text.contains("1 table, 3 columns, 0 indexes"), text);
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        String html = HtmlReport.render(SHOP);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.endsWith("</body>\n</html>\n"));
        for (String external : new String[] {"<script", "<link", "src=", "href=", "@import", "url("}) {
            assertFalse(html.contains(external), external);
        }
        for (String tag : new String[] {"table", "tr", "td", "th", "h2", "p", "code"}) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), tag);
        }
        assertTrue(html.contains("<p class=\"headline\">" + HtmlReport.esc(SHOP.headline()) + "</p>"));
        assertTrue(html.contains("<td class=\"LOSSY\">LOSSY</td>"));
        assertTrue(html.contains("<td class=\"NEEDS_REVIEW\">NEEDS REVIEW</td>"));
    }

    @Test
    void htmlEscapesSchemaText() {
        String html = HtmlReport.render(HARD);
        assertTrue(html.contains("DBMS_OUTPUT.PUT_LINE(q&#39;[moved &lt;all&gt; &amp; done]&#39;);"), html);
        assertFalse(html.contains("<all>"));
        assertFalse(html.contains("hunter2") || html.contains("s3cret"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
