package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Sequence;
import java.math.BigInteger;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Reads {@code CREATE SEQUENCE} from its tokens. The options are a flat keyword list, and the PL/SQL
 * grammar rejects the negative numbers of descending sequences ({@code INCREMENT BY -1}), so this
 * reader walks the tokens itself. A limit beyond 64 bits (Oracle's default
 * {@code 9999999999999999999999999999}) is read as no limit.
 */
final class SequenceReader {
    private static final Set<String> FLAGS = Set.of("NOMAXVALUE", "NOMINVALUE", "NOCYCLE", "NOCACHE", "ORDER",
            "NOORDER", "KEEP", "NOKEEP", "NOSCALE", "NOSHARD", "SESSION", "GLOBAL", "EXTEND", "NOEXTEND", "SCALE",
            "SHARD");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private final SourceStatement source;
    private int at;

    SequenceReader(SourceStatement source) {
        this.source = source;
    }

    Sequence read() {
        at = 2;
        if (source.word(at).equals("IF")) {
            expect("IF");
            expect("NOT");
            expect("EXISTS");
        }
        String name = name();
        BigInteger start = null;
        BigInteger increment = BigInteger.ONE;
        BigInteger max = null;
        BigInteger min = null;
        boolean cycle = false;
        while (at < source.tokens().size()) {
            Token option = source.tokens().get(at++);
            switch (option.getText().toUpperCase(java.util.Locale.ROOT)) {
                case "START" -> {
                    expect("WITH");
                    start = number();
                }
                case "INCREMENT" -> {
                    expect("BY");
                    increment = number();
                }
                case "MAXVALUE" -> max = number();
                case "MINVALUE" -> min = number();
                case "CACHE" -> number();
                case "CYCLE" -> cycle = true;
                case "SHARING" -> {
                    expect("=");
                    at++;
                }
                default -> {
                    if (!FLAGS.contains(option.getText().toUpperCase(java.util.Locale.ROOT))) {
                        throw source.problem(option, "unknown sequence option '" + option.getText() + "'");
                    }
                }
            }
        }
        boolean ascending = increment.signum() > 0;
        if (start == null) {
            start = ascending ? (min == null ? BigInteger.ONE : min) : (max == null ? BigInteger.ONE.negate() : max);
        }
        Long maxValue = max == null || max.compareTo(LONG_MAX) > 0 ? null : max.longValue();
        return new Sequence(name, clamp(start), clamp(increment), maxValue, cycle,
                source.location(source.tokens().get(0)));
    }

    private String name() {
        String name = null;
        do {
            Token part = next("a sequence name");
            name = Names.normalise(part.getText());
        } while (source.word(at).equals(".") && at++ > 0);
        return name;
    }

    private BigInteger number() {
        boolean negative = source.word(at).equals("-");
        if (negative || source.word(at).equals("+")) {
            at++;
        }
        Token digits = next("a number");
        try {
            BigInteger value = new BigInteger(digits.getText());
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw source.problem(digits, "expected a number, found '" + digits.getText() + "'");
        }
    }

    private long clamp(BigInteger value) {
        return value.max(LONG_MIN).min(LONG_MAX).longValue();
    }

    private void expect(String word) {
        Token token = next(word);
        if (!token.getText().equalsIgnoreCase(word)) {
            throw source.problem(token, "expected " + word + ", found '" + token.getText() + "'");
        }
    }

    private Token next(String what) {
        if (at >= source.tokens().size()) {
            throw source.problem(source.tokens().get(source.tokens().size() - 1), "statement ends where "
                    + what + " should follow");
        }
        return source.tokens().get(at++);
    }
}
