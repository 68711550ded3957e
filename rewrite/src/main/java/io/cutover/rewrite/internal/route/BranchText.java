package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set operation's translated text cut into its branches, so that a target can run only the branches
 * routed to it: {@code prefix branch separator branch ... suffix}, with one separator between all branches.
 */
final class BranchText {
    private final String prefix;
    private final String separator;
    private final String suffix;
    private final List<String> branches;
    private final List<List<Integer>> params;

    private BranchText(String prefix, String separator, String suffix, List<String> branches,
                       List<List<Integer>> params) {
        this.prefix = prefix;
        this.separator = separator;
        this.suffix = suffix;
        this.branches = branches;
        this.params = params;
    }

    /**
     * Finds each branch text in {@code sql}, in order; null when one is missing, the separators differ
     * or binds lie outside the branches ({@code bindCount} in all).
     */
    static BranchText cut(String sql, List<String> branches, List<List<Integer>> params, int bindCount) {
        if (params.stream().mapToInt(List::size).sum() != bindCount) {
            return null;
        }
        int[] starts = new int[branches.size()];
        int at = 0;
        for (int b = 0; b < branches.size(); b++) {
            starts[b] = sql.indexOf(branches.get(b), at);
            if (starts[b] < 0) {
                return null;
            }
            at = starts[b] + branches.get(b).length();
        }
        String separator = null;
        for (int b = 1; b < branches.size(); b++) {
            String s = sql.substring(starts[b - 1] + branches.get(b - 1).length(), starts[b]);
            if (separator != null && !separator.equals(s)) {
                return null;
            }
            separator = s;
        }
        return new BranchText(sql.substring(0, starts[0]), separator, sql.substring(at), List.copyOf(branches),
                List.copyOf(params));
    }

    /** The statement with only the {@code kept} branches. */
    SqlTemplate template(BitSet kept) {
        List<String> texts = new ArrayList<>();
        kept.stream().forEach(b -> texts.add(branches.get(b)));
        return new SqlTemplate(prefix + String.join(separator, texts) + suffix);
    }

    /** The bind positions of the {@code kept} branches, in order. */
    List<Integer> params(BitSet kept) {
        List<Integer> out = new ArrayList<>();
        kept.stream().forEach(b -> out.addAll(params.get(b)));
        return out;
    }
}
