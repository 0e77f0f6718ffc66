package dev.billingone.workstation.mapping;

/**
 * What moves if an external record is linked elsewhere: the client or product it is linked to now, and how many
 * subscriptions and invoices follow the link to the new one.
 */
public record RemapImpact(ExternalRecord record, Long currentTargetId, String currentTargetName, long subscriptions,
                          long invoices) {
    public boolean isMapped() {
        return currentTargetId != null;
    }

    public String describe(String newTargetName) {
        return record.system().displayName() + " " + record.name() + " is linked to " + currentTargetName
                + "; linking it to " + newTargetName + " moves " + subscriptions + " subscription(s) and " + invoices
                + " invoice(s).";
    }
}
