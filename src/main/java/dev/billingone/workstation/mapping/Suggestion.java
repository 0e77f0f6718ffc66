package dev.billingone.workstation.mapping;

import java.util.List;

/** The best candidates for one external record, best first. */
public record Suggestion(ExternalRecord record, List<ScoredCandidate> candidates) {
    public Suggestion {
        candidates = List.copyOf(candidates);
    }
}
