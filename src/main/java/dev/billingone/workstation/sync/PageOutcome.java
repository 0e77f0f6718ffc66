package dev.billingone.workstation.sync;

import java.util.ArrayList;
import java.util.List;

/** What storing a page changed. */
public final class PageOutcome {
    private int created;
    private int updated;
    private final List<RecordError> errors = new ArrayList<>();

    public void created() {
        created++;
    }

    public void updated() {
        updated++;
    }

    public void error(String record, String message) {
        errors.add(new RecordError(record, message));
    }

    public int createdCount() {
        return created;
    }

    public int updatedCount() {
        return updated;
    }

    public List<RecordError> errors() {
        return List.copyOf(errors);
    }
}
