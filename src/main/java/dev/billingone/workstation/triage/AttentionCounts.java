package dev.billingone.workstation.triage;

/**
 * The triage home: what needs someone today. Missed billing counts open items and snoozed items whose snooze has
 * run out; sync errors are undelivered or conflicting outbox entries plus syncs that last failed.
 */
public record AttentionCounts(long missedBilling, Amounts missedAmount, long draftsAwaitingApproval, Amounts draftsTotal,
                              long syncErrors, long renewalsDue) {
    public boolean nothingToDo() {
        return missedBilling == 0 && draftsAwaitingApproval == 0 && syncErrors == 0 && renewalsDue == 0;
    }
}
