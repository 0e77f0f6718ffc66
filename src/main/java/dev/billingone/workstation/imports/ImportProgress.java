package dev.billingone.workstation.imports;

/** Lets a long import report how far it is and be cancelled (the GUI's progress bar, the CLI's stderr). */
public interface ImportProgress {
    ImportProgress NONE = rows -> {
    };

    void rowsRead(int rows);

    /** Checked between chunks; a cancelled import rolls back. */
    default boolean cancelled() {
        return false;
    }
}
