package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Runs a {@link SyncResource} page by page from its persisted cursor. Each page's upsert and the cursor advance
 * commit in one transaction, so a crash (or cancel) between pages resumes from the next page, and a crash during
 * a page repeats that page only — upserts are keyed by external id, so repeating is harmless.
 */
public final class SyncEngine {
    private final Store store;
    private final Clock clock;

    public SyncEngine(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public <T> SyncResult run(SyncResource<T> resource, BooleanSupplier cancelled, Consumer<String> progress) {
        int callsBefore = resource.api().calls();
        int fetched = 0;
        int created = 0;
        int updated = 0;
        List<RecordError> errors = new ArrayList<>();
        String label = resource.system().displayName() + " " + resource.name();
        SyncCursorValue cursor = store.read(session -> SyncCursorValue.parse(
                cursorValueOrNull(find(session, resource.system(), resource.name(), resource.tenant()))));
        while (true) {
            if (cancelled.getAsBoolean()) {
                progress.accept(label + ": cancelled; the next sync continues from " + cursor.describe() + ".");
                return new SyncResult(resource.system(), resource.name(), fetched, created, updated,
                        resource.api().calls() - callsBefore, errors, null, true);
            }
            SyncPage<T> page;
            try {
                page = resource.fetch(cursor);
            } catch (RemoteSystemException e) {
                recordFailure(resource, e.getMessage());
                progress.accept(label + ": " + e.getMessage());
                return new SyncResult(resource.system(), resource.name(), fetched, created, updated,
                        resource.api().calls() - callsBefore, errors, e.getMessage(), false);
            }
            PageOutcome outcome = store.inTransaction(session -> {
                PageOutcome stored = resource.store(session, page);
                SyncCursor row = findOrCreate(session, resource);
                row.setCursorValue(page.next().format());
                row.setRecords(row.getRecords() + page.records().size());
                row.setLastError(null);
                if (page.last()) {
                    row.setLastSuccessAt(clock.instant());
                }
                return stored;
            });
            fetched += page.records().size();
            created += outcome.createdCount();
            updated += outcome.updatedCount();
            errors.addAll(outcome.errors());
            cursor = page.next();
            progress.accept(label + ": " + fetched + " records");
            if (page.last()) {
                return new SyncResult(resource.system(), resource.name(), fetched, created, updated,
                        resource.api().calls() - callsBefore, errors, null, false);
            }
        }
    }

    private void recordFailure(SyncResource<?> resource, String message) {
        store.write(session -> findOrCreate(session, resource).setLastError(
                message.length() > 4000 ? message.substring(0, 4000) : message));
    }

    private static String cursorValueOrNull(SyncCursor cursor) {
        return cursor == null ? null : cursor.getCursorValue();
    }

    static SyncCursor find(Session session, ExternalSystem system, String resource, String tenant) {
        return session.createSelectionQuery(
                        "from SyncCursor where system = :system and resource = :resource and tenant = :tenant", SyncCursor.class)
                .setParameter("system", system)
                .setParameter("resource", resource)
                .setParameter("tenant", tenant)
                .uniqueResult();
    }

    private static SyncCursor findOrCreate(Session session, SyncResource<?> resource) {
        SyncCursor cursor = find(session, resource.system(), resource.name(), resource.tenant());
        if (cursor == null) {
            cursor = new SyncCursor();
            cursor.setSystem(resource.system());
            cursor.setResource(resource.name());
            cursor.setTenant(resource.tenant());
            session.persist(cursor);
        }
        return cursor;
    }
}
