package dev.billingone.workstation.imports;

/** Lets a long import report how far it is and be cancelled (the GUI's progress bar, the CLI's stderr). */
public interface ImportProgress {
    ImportProgress NONE = (rows, fileFraction) -> {
    };

    /** After each chunk: the rows read (validated, and written when applying) so far, and how much of the file that is (0..1). */
    void rowsRead(int rows, double fileFraction);

    /** Checked between chunks; a cancelled import rolls back, so the database is as it was. */
    default boolean cancelled() {
        return false;
    }
}
