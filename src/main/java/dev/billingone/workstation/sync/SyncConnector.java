package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.List;

/** A remote system as the engine sees it: the resources it syncs and the outbox operations it delivers. */
public interface SyncConnector {
    ExternalSystem system();

    /** In the order they should run (e.g. contacts before invoices, so invoices find their contact). */
    List<SyncResource<?>> resources();

    List<OutboxHandler> handlers();
}
