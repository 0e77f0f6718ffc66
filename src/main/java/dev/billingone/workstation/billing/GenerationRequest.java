package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Period;
import java.util.List;

/** Generate drafts for {@code period}, for every active client or only {@code clientIds}; dry = compute only. */
public record GenerationRequest(Period period, List<Long> clientIds, boolean dryRun) {
    public GenerationRequest {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
    }
}
