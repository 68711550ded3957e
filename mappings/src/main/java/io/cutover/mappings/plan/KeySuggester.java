package io.cutover.mappings.plan;

import java.util.Collection;
import java.util.Locale;

/** Picks the allowed name a misspelled one was most likely meant to be (Levenshtein distance, ignoring case). */
final class KeySuggester {
    private KeySuggester() {
    }

    /**
     * The tail of an "unknown ..." message: {@code "; did you mean 'x'? allowed keys: a, b"}, without the guess
     * when no candidate is close.
     */
    static String hint(String word, Collection<String> candidates, String allowedLabel) {
        String best = closest(word, candidates);
        String guess = best == null ? "; " : "; did you mean '" + best + "'? ";
        return guess + allowedLabel + ": " + String.join(", ", candidates);
    }

    /** The closest candidate within a typo's reach, or null; ties go to the earlier candidate. */
    static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, w.length() / 2));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(w, c);
            boolean partOf = w.length() >= 3 && (c.contains(w) || w.contains(c) || abbreviates(w, c));
            if ((d <= limit || partOf) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** True when {@code word} keeps the first letter and the order of letters of {@code candidate} (usr, pwd). */
    private static boolean abbreviates(String word, String candidate) {
        if (word.charAt(0) != candidate.charAt(0)) {
            return false;
        }
        int next = 0;
        for (int i = 0; i < candidate.length() && next < word.length(); i++) {
            if (candidate.charAt(i) == word.charAt(next)) {
                next++;
            }
        }
        return next == word.length();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
