package io.cutover.mappings.types;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps source columns to target types: the built-in table of the dialect's family, then the user's overrides. */
public final class TypeMapper {
    private static final Pattern SIZED = Pattern.compile("([A-Z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private final Dialect dialect;
    private final TypeRules rules;
    private final TypeOverrides overrides;

    public TypeMapper(Dialect dialect, TypeOverrides overrides) {
        this.dialect = dialect;
        this.rules = TypeRules.of(dialect.family());
        this.overrides = overrides;
    }

    /** The built-in mapping of a source type, ignoring overrides. */
    public TargetType builtIn(ColumnType type) {
        return rules.map(OracleType.of(type));
    }

    /**
     * One column, with overrides applied. An identity column of an integer NUMBER wider than 18 digits
     * (Oracle's identity default is plain NUMBER) becomes BIGINT: its values are generated integers, and
     * AUTO_INCREMENT needs an integer type.
     */
    public ColumnMapping map(String table, Column column) {
        TargetType builtIn = builtIn(column.type());
        if (column.identity() && builtIn.kind() == ValueKind.DECIMAL && !builtIn.sql().equals("BIGINT")
                && OracleType.of(column.type()).name().equals("NUMBER")
                && (column.type().scale() == null || column.type().scale() == 0)) {
            builtIn = new TargetType("BIGINT", Classification.EXACT, "identity values are generated integers; BIGINT "
                    + "holds them up to 9223372036854775807", ValueKind.INTEGER, 19, null, false, false);
        }
        TypeOverrides.Rule rule = overrides.lookup(table, column.name(), column.type());
        if (rule == null) {
            return new ColumnMapping(table, column.name(), column.type(), builtIn, null);
        }
        TargetType chosen = withTraitsOf(rule.targetType(), builtIn)
                .as(rule.targetType(), rule.reported(), "override " + rule.match() + " at " + rule.location());
        return new ColumnMapping(table, column.name(), column.type(), chosen, rule);
    }

    /**
     * Every column of a table, in order. On the MySQL family, if the row would pass MySQL's 65535-byte
     * limit, the widest VARCHAR columns not in {@code indexed} become TEXT until it fits.
     */
    public List<ColumnMapping> mapTable(Table table, Set<String> indexed) {
        List<ColumnMapping> out = new ArrayList<>();
        for (Column c : table.columns()) {
            out.add(map(table.name(), c));
        }
        return dialect.family() == Dialect.Family.MYSQL ? MysqlRowSize.fit(out, table, indexed) : out;
    }

    /** The comparator traits of a user-written type where they can be read from it, else the built-in ones. */
    private static TargetType withTraitsOf(String sql, TargetType builtIn) {
        String s = sql.toUpperCase(Locale.ROOT).trim();
        if (s.matches("(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)(\\(\\d+\\))?( UNSIGNED)?")) {
            return new TargetType(sql, builtIn.classification(), builtIn.reason(), ValueKind.INTEGER, null, null,
                    false, false);
        }
        Matcher m = SIZED.matcher(s);
        if (m.matches() && (m.group(1).equals("DECIMAL") || m.group(1).equals("NUMERIC"))) {
            return new TargetType(sql, builtIn.classification(), builtIn.reason(), ValueKind.DECIMAL,
                    Integer.valueOf(m.group(2)), m.group(3) == null ? 0 : Integer.valueOf(m.group(3)), false, false);
        }
        if (m.matches() && builtIn.kind() == ValueKind.TIMESTAMP) {
            return builtIn.precision(Integer.valueOf(m.group(2)));
        }
        return builtIn;
    }
}
