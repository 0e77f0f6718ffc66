package dev.billingone.workstation.mapping;

import dev.billingone.workstation.mapping.PreparedRecord.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How alike two records are, 0..1, and why. The name decides most of it: weighted token overlap (so word order
 * does not matter and a shared rare word counts more than a shared "Plumbing"), with typo-tolerant words and
 * acronyms, blended with a character similarity. Identifying details then raise the score (same tax number,
 * e-mail domain, phone, address, SKU) or lower it (different tax numbers or vendors).
 */
final class MatchScorer {
    private static final double NAME_TOKEN_SHARE = 0.8;
    private static final double ONE_TYPO = 0.9;
    private static final double LONGER_FORM = 0.85;
    /** Acronyms are good for suggesting but never certain enough alone to pass an auto-accept. */
    private static final double ACRONYM_DISCOUNT = 0.88;

    private MatchScorer() {
    }

    /** The score; when {@code reasons} is given, the human reasons are added to it. */
    static double score(PreparedRecord query, PreparedRecord candidate, List<String> reasons) {
        double name = 0;
        int bestQuery = 0;
        int bestCandidate = 0;
        for (int i = 0; i < query.variants.size(); i++) {
            for (int j = 0; j < candidate.variants.size(); j++) {
                double similarity = nameSimilarity(query.variants.get(i), candidate.variants.get(j));
                if (similarity > name) {
                    name = similarity;
                    bestQuery = i;
                    bestCandidate = j;
                }
            }
        }
        if (reasons != null) {
            String which = bestQuery > 0 || bestCandidate > 0 ? "trading or legal name" : "name";
            reasons.add(name >= 0.9995 ? "same " + which : which + " match " + Math.round(name * 100) + "%");
        }
        return Evidence.apply(query, candidate, name, reasons);
    }

    static double nameSimilarity(Variant query, Variant candidate) {
        if (query.compact().equals(candidate.compact())) {
            return 1.0;
        }
        double tokens = tokenSimilarity(query, candidate);
        double characters = TextSimilarity.dice(query.sortedBigrams(), candidate.sortedBigrams());
        double blended = NAME_TOKEN_SHARE * tokens + (1 - NAME_TOKEN_SHARE) * characters;
        if (tokens < 1.0) {
            blended = Math.max(blended, ACRONYM_DISCOUNT * acronymSimilarity(query, candidate));
            blended = Math.max(blended, ACRONYM_DISCOUNT * acronymSimilarity(candidate, query));
        }
        return blended;
    }

    /** Weighted Dice over words: exact words first, then near-spellings of the words left over. */
    static double tokenSimilarity(Variant a, Variant b) {
        String[] left = a.tokens();
        String[] right = b.tokens();
        boolean[] leftDone = new boolean[left.length];
        boolean[] rightDone = new boolean[right.length];
        double matched = 0;
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right.length; j++) {
                if (!rightDone[j] && left[i].equals(right[j])) {
                    leftDone[i] = true;
                    rightDone[j] = true;
                    matched += a.weights()[i] + b.weights()[j];
                    break;
                }
            }
        }
        matched += joinedWords(a, b, leftDone, rightDone) + joinedWords(b, a, rightDone, leftDone);
        for (int i = 0; i < left.length; i++) {
            if (leftDone[i]) {
                continue;
            }
            int best = -1;
            double bestSimilarity = 0;
            for (int j = 0; j < right.length; j++) {
                if (!rightDone[j]) {
                    double similarity = wordSimilarity(left[i], right[j]);
                    if (similarity > bestSimilarity) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0) {
                leftDone[i] = true;
                rightDone[best] = true;
                matched += bestSimilarity * (a.weights()[i] + b.weights()[best]);
            }
        }
        double total = a.totalWeight() + b.totalWeight();
        return total == 0 ? 0 : matched / total;
    }

    /** "Blue Gum" on one side and "Bluegum" on the other: a word equal to two adjacent words joined. */
    private static double joinedWords(Variant whole, Variant split, boolean[] wholeDone, boolean[] splitDone) {
        double matched = 0;
        String[] words = whole.tokens();
        String[] parts = split.tokens();
        for (int i = 0; i < words.length; i++) {
            for (int j = 0; j + 1 < parts.length && !wholeDone[i]; j++) {
                if (!splitDone[j] && !splitDone[j + 1] && words[i].length() == parts[j].length() + parts[j + 1].length()
                        && words[i].startsWith(parts[j]) && words[i].endsWith(parts[j + 1])) {
                    wholeDone[i] = true;
                    splitDone[j] = true;
                    splitDone[j + 1] = true;
                    matched += whole.weights()[i] + split.weights()[j] + split.weights()[j + 1];
                }
            }
        }
        return matched;
    }

    /**
     * Near-spellings count only for letter-only words that start alike: one letter left out or added
     * ("Dentl", "Acmee"), one letter changed or two swapped in a long word ("Greenleef"), or a long word and its
     * longer form ("Architect", "Architecture"). "Rental" is not "Dental", "Print" is not "Paint", "Harbourside"
     * is not "Harbour", and "E3" is never "E5".
     */
    static double wordSimilarity(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int difference = longer.length() - shorter.length();
        if (shorter.length() < 4 || difference > 3 || a.charAt(0) != b.charAt(0) || !isLetters(a) || !isLetters(b)) {
            return 0;
        }
        if (difference == 1 && oneLetterAdded(shorter, longer)) {
            return ONE_TYPO;
        }
        if (difference == 0 && shorter.length() >= 6 && oneLetterChangedOrSwapped(a, b)) {
            return ONE_TYPO;
        }
        return shorter.length() >= 6 && longer.startsWith(shorter) ? LONGER_FORM : 0;
    }

    private static boolean oneLetterAdded(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    private static boolean oneLetterChangedOrSwapped(String a, String b) {
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /** "IBM Australia" against "International Business Machines Australia": the run of words becomes its initials. */
    static double acronymSimilarity(Variant shortForm, Variant longForm) {
        double best = 0;
        for (String token : shortForm.tokens()) {
            if (token.length() < 2 || token.length() > 5 || !isLetters(token)) {
                continue;
            }
            int start = acronymRun(token, longForm.tokens());
            if (start >= 0) {
                best = Math.max(best, tokenSimilarity(shortForm, collapse(longForm, start, token)));
            }
        }
        return best;
    }

    static int acronymRun(String acronym, String[] tokens) {
        int length = acronym.length();
        for (int start = 0; start + length <= tokens.length; start++) {
            boolean matches = true;
            for (int k = 0; k < length && matches; k++) {
                matches = tokens[start + k].charAt(0) == acronym.charAt(k);
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    private static Variant collapse(Variant variant, int start, String acronym) {
        int length = acronym.length();
        String[] tokens = new String[variant.tokens().length - length + 1];
        double[] weights = new double[tokens.length];
        double runWeight = 0;
        for (int k = start; k < start + length; k++) {
            runWeight += variant.weights()[k];
        }
        for (int i = 0, out = 0; i < variant.tokens().length; i++) {
            if (i == start) {
                tokens[out] = acronym;
                weights[out++] = runWeight / length;
            } else if (i < start || i >= start + length) {
                tokens[out] = variant.tokens()[i];
                weights[out++] = variant.weights()[i];
            }
        }
        return new Variant(tokens, weights, Arrays.stream(weights).sum(), String.join("", tokens), new int[0]);
    }

    private static boolean isLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static List<String> reasons(PreparedRecord query, PreparedRecord candidate) {
        List<String> reasons = new ArrayList<>();
        score(query, candidate, reasons);
        return reasons;
    }
}
