package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import org.hibernate.Session;

/**
 * One resource of one connector for one tenant (e.g. Xero invoices of organisation X). The {@link SyncEngine}
 * alternates {@link #fetch} (HTTP, no database) and {@link #store} (database, no HTTP): each page is stored in
 * one transaction together with the cursor that follows it, so a crash repeats at most the page in flight.
 *
 * @param <T> the parsed record type of a page
 */
public interface SyncResource<T> {
    ExternalSystem system();

    /** e.g. "invoices", "contacts", "subscriptions". */
    String name();

    /** The tenant (Xero tenant id, QBO realm id, or "default" for Pax8). */
    String tenant();

    /** The API the resource calls through (its call counter and rate-limit budget are reported). */
    RemoteApi api();

    /** Reads the page that {@code cursor} points at ({@link SyncCursorValue#START} = from the beginning). */
    SyncPage<T> fetch(SyncCursorValue cursor);

    /** Upserts one page into the snapshots; records that cannot be stored are reported, not thrown. */
    PageOutcome store(Session session, SyncPage<T> page);
}
