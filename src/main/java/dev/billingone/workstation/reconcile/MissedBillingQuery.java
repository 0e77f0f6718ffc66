package dev.billingone.workstation.reconcile;

import java.util.Set;

/** Which missed-billing items to list: by status (empty = all), period (null = all) and client (null = all). */
public record MissedBillingQuery(Set<MissedBillingStatus> statuses, String period, Long clientId) {
    public static MissedBillingQuery open() {
        return new MissedBillingQuery(Set.of(MissedBillingStatus.OPEN), null, null);
    }

    public static MissedBillingQuery all() {
        return new MissedBillingQuery(Set.of(), null, null);
    }
}
