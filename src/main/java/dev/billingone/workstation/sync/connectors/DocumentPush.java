package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.billing.PushedDocuments;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.DeliveryOutcome;
import dev.billingone.workstation.sync.OutboxDelivery;
import dev.billingone.workstation.sync.OutboxHandler;
import org.hibernate.Session;

/**
 * What every system's invoice and credit-note push has in common: one (system, operation, batch size), and the
 * outcome recorded on the billing document in the worker's transaction.
 */
public abstract class DocumentPush implements OutboxHandler {
    private final ExternalSystem system;
    private final String operation;
    private final int maxBatchSize;

    protected DocumentPush(ExternalSystem system, String operation, int maxBatchSize) {
        this.system = system;
        this.operation = operation;
        this.maxBatchSize = maxBatchSize;
    }

    @Override
    public final ExternalSystem system() {
        return system;
    }

    @Override
    public final String operation() {
        return operation;
    }

    @Override
    public final int maxBatchSize() {
        return maxBatchSize;
    }

    @Override
    public final void recordOutcome(Session session, OutboxDelivery delivery, DeliveryOutcome outcome) {
        PushedDocuments.record(session, delivery, outcome);
    }
}
