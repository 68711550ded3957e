package io.cutover.mappings.types;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.schema.ColumnType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target types chosen by the user instead of the built-in table. A column rule ({@code ORDERS.STATUS})
 * wins over a type rule ({@code NUMBER(*,0)}, {@code DATE}); the first matching rule of a list wins.
 *
 * @param columns rules whose {@code match} is {@code TABLE.COLUMN}, names as the Oracle dictionary holds them
 *                (compared ignoring case)
 * @param types   rules whose {@code match} is an Oracle type spelling: {@code NAME}, {@code NAME(p)},
 *                {@code NAME(p,s)} with {@code *} for an unspecified precision. It matches a column type
 *                with the same name (aliases resolved: {@code INTEGER} is {@code NUMBER(*,0)}), precision
 *                and scale; BYTE/CHAR is ignored
 */
public record TypeOverrides(List<Rule> columns, List<Rule> types) {
    public static final TypeOverrides NONE = new TypeOverrides(List.of(), List.of());

    private static final Pattern TYPE = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_ .]*?)\\s*(?:\\(\\s*(\\*|\\d+)(?:\\s+(?:BYTE|CHAR))?\\s*(?:,\\s*(-?\\d+)\\s*)?\\))?\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * One override.
     *
     * @param classification what to report; null reports {@link Classification#OVERRIDDEN}
     * @param location       where the rule is written in the mapping file
     */
    public record Rule(String match, String targetType, Classification classification, SourceLocation location) {
        public Classification reported() {
            return classification == null ? Classification.OVERRIDDEN : classification;
        }

        @Override
        public String toString() {
            return match + " -> " + targetType + " (" + location + ")";
        }
    }

    public TypeOverrides {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        for (Rule r : columns) {
            if (r.match().indexOf('.') <= 0 || r.match().endsWith(".")) {
                throw invalid(r, "a column override is written TABLE.COLUMN");
            }
        }
        for (Rule r : types) {
            parse(r);
        }
    }

    /** The rule for this column, or null when the built-in table applies. */
    public Rule lookup(String table, String column, ColumnType type) {
        String qualified = table + "." + column;
        for (Rule r : columns) {
            if (r.match().equalsIgnoreCase(qualified)) {
                return r;
            }
        }
        OracleType actual = OracleType.of(type);
        for (Rule r : types) {
            OracleType wanted = parse(r);
            if (wanted.name().equals(actual.name()) && Objects.equals(wanted.precision(), actual.precision())
                    && Objects.equals(wanted.scale(), actual.scale())) {
                return r;
            }
        }
        return null;
    }

    private static OracleType parse(Rule r) {
        Matcher m = TYPE.matcher(r.match());
        if (!m.matches()) {
            throw invalid(r, "a type override is written NAME, NAME(p) or NAME(p,s), e.g. NUMBER(*,0)");
        }
        Integer p = m.group(2) == null || m.group(2).equals("*") ? null : Integer.valueOf(m.group(2));
        Integer s = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return OracleType.of(new ColumnType(m.group(1), p, s, null, r.match()));
    }

    private static CutoverException invalid(Rule r, String expected) {
        return new CutoverException(ErrorCode.INVALID_INPUT, r.location() + ": type override '" + r.match()
                + "' is not valid: " + expected);
    }
}
