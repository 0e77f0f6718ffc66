package dev.billingone.workstation.billing;

/** Progress and cancel for a generation run (the GUI's progress bar, the CLI's stderr). */
public interface GenerationListener {
    GenerationListener NONE = new GenerationListener() {
    };

    /** {@code done} of {@code total} clients are written (or, dry, computed). */
    default void progress(int done, int total) {
    }

    /** Checked between chunks: a cancelled run keeps the chunks already committed, and a rerun completes it. */
    default boolean cancelled() {
        return false;
    }
}
