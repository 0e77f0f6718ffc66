package dev.billingone.workstation.mapping;

import java.util.List;

/** One candidate for an external record: our client or product, how alike they are (0..1) and why. */
public record ScoredCandidate(long id, String name, double score, List<String> reasons) {
    public ScoredCandidate {
        reasons = List.copyOf(reasons);
    }
}
