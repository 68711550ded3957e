package io.cutover.mappings.assess;

import io.cutover.mappings.assess.AssessmentReport.ConstructUse;
import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.schema.ManualObject;
import io.cutover.mappings.schema.ManualObject.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The difficulty score of an object that needs manual conversion, in points (one point is about 15 minutes of
 * an engineer who knows both databases):
 *
 * <pre>
 * score = base(kind) + floor(lines / 5) + sum over constructs of (occurrences x points(construct))
 * </pre>
 *
 * <p>base: package body 8, procedure 6, trigger 6, materialized view 6, function 4, type 4, database link 4,
 * other (anonymous block, Java, library) 4, package specification 2, view 2, synonym 1. Construct points are
 * listed in {@link Construct}. The score depends only on the object's text.
 */
public final class Difficulty {
    /** One point per this many source lines. */
    static final int LINES_PER_POINT = 5;
    private static final int EXCERPT_LENGTH = 100;

    private Difficulty() {
    }

    public static int base(Kind kind) {
        return switch (kind) {
            case PACKAGE_BODY -> 8;
            case PROCEDURE, TRIGGER, MATERIALIZED_VIEW -> 6;
            case FUNCTION, TYPE, DATABASE_LINK, OTHER -> 4;
            case PACKAGE, VIEW -> 2;
            case SYNONYM -> 1;
        };
    }

    static ManualWork score(ManualObject object) {
        String code = PlsqlMask.mask(object.text());
        List<ConstructUse> uses = new ArrayList<>();
        int score = base(object.kind()) + object.lines() / LINES_PER_POINT;
        for (Construct c : Construct.values()) {
            Matcher m = c.pattern().matcher(code);
            int count = 0;
            int first = -1;
            while (m.find()) {
                first = count == 0 ? m.start() : first;
                count++;
            }
            if (count > 0) {
                uses.add(new ConstructUse(c, count, count * c.points(), object.location().line() + lineOf(code, first),
                        excerpt(object.text(), first)));
                score += count * c.points();
            }
        }
        return new ManualWork(object.kind(), object.name(), object.location(), object.lines(), score, uses);
    }

    /** 0-based line of {@code offset} within {@code text}. */
    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count();
    }

    /** The source line holding {@code offset}, trimmed and shortened, with any password masked. */
    private static String excerpt(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        String line = text.substring(start, end < 0 ? text.length() : end).strip()
                .replaceAll("(?i)(IDENTIFIED\\s+BY\\s+)(\"[^\"]*\"|\\S+)", "$1***");
        return line.length() <= EXCERPT_LENGTH ? line : line.substring(0, EXCERPT_LENGTH - 3) + "...";
    }
}
