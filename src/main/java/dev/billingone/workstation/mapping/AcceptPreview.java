package dev.billingone.workstation.mapping;

import java.util.List;

/**
 * What "accept all at or above a score" would do: the links it would make, and the records it leaves for a
 * person because the best candidate is not clear-cut.
 */
public record AcceptPreview(double minScore, List<Link> links, List<Held> held) {
    /** A record left out of a bulk accept, and why. */
    public record Held(ExternalRecord record, String reason) {
    }

    public AcceptPreview {
        links = List.copyOf(links);
        held = List.copyOf(held);
    }
}
