package dev.billingone.workstation.monthend;

/** How far a step got. RUNNING after a crash means "not finished": the rerun does it again. */
public enum StepState {
    RUNNING, DONE, SKIPPED, FAILED;

    boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
