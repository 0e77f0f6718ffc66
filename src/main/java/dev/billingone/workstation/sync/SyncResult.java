package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.List;

/**
 * The outcome of one (system, resource) sync: the CLI's {@code results[]} entry. {@code failure} is the message
 * when the remote system failed after retries (what was stored before is kept); {@code cancelled} when the user
 * stopped it (the cursor keeps the position).
 */
public record SyncResult(ExternalSystem system, String resource, int fetched, int created, int updated, int calls,
                         List<RecordError> errors, String failure, boolean cancelled) {
    public SyncResult {
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return failure != null;
    }
}
