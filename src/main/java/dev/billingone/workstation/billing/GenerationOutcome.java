package dev.billingone.workstation.billing;

/** What a generation run did (or, dry, would do) for one client. */
public enum GenerationOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** The period's invoice is approved or pushed: the difference went to an adjustment draft instead. */
    ADJUSTED,
    PARKED,
    NOTHING_TO_BILL
}
