package dev.billingone.workstation.imports;

import java.util.List;

/** What an import does (or would do) with one row. */
public record RowOutcome(int row, Action action, String key, List<FieldChange> changes, List<ImportError> errors) {
    public enum Action {
        CREATED, UPDATED, UNCHANGED, ERROR
    }

    /** One field's before → after on an updated (or created: before is empty) record. */
    public record FieldChange(String column, String before, String after) {
        @Override
        public String toString() {
            return column + ": " + (before == null || before.isEmpty() ? "(empty)" : before) + " → "
                    + (after == null || after.isEmpty() ? "(empty)" : after);
        }
    }

    public String summary() {
        if (action == Action.ERROR) {
            return errors.stream().map(ImportError::describe).reduce((a, b) -> a + "; " + b).orElse("");
        }
        return changes.stream().map(FieldChange::toString).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
