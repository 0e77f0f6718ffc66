package dev.billingone.workstation.reconcile;

/** Progress of a bulk action, and whether the user asked to cancel it (which rolls the whole action back). */
public interface BulkProgress {
    BulkProgress NONE = new BulkProgress() {
        @Override
        public void update(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(int done, int total);

    boolean cancelled();
}
