package dev.billingone.workstation.mapping;

import java.util.Arrays;

/** Character-level similarity of whole names (bigram Dice), which forgives typos that word matching misses. */
final class TextSimilarity {
    private TextSimilarity() {
    }

    /** The sorted bigram codes of a string, computed once per record so that comparing is a merge. */
    static int[] bigrams(String text) {
        if (text.length() < 2) {
            return text.isEmpty() ? new int[0] : new int[] {text.charAt(0)};
        }
        int[] codes = new int[text.length() - 1];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
        }
        Arrays.sort(codes);
        return codes;
    }

    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
