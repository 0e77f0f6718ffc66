package dev.billingone.workstation.mapping;

import java.util.List;

/**
 * One spelling of a name reduced to what identifies it: lower-case, accent-free tokens without legal suffixes,
 * "the"/"and", punctuation or abbreviations. {@code compact} is the tokens joined without spaces, so "Blue Gum"
 * and "Bluegum" compare equal.
 */
public record NormalizedName(List<String> tokens, String compact) {
    public static NormalizedName of(List<String> tokens) {
        return new NormalizedName(List.copyOf(tokens), String.join("", tokens));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
