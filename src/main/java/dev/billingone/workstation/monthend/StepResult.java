package dev.billingone.workstation.monthend;

/**
 * What one step did: DONE, SKIPPED (e.g. "skipped: not connected") or FAILED, a sentence for people, the step's
 * own result for machines (the same object its stand-alone command prints), and for a failure the exit code.
 */
public record StepResult(StepState state, String summary, Object result, int exitCode) {
    public static StepResult done(String summary, Object result) {
        return new StepResult(StepState.DONE, summary, result, 0);
    }

    public static StepResult skipped(String summary, Object result) {
        return new StepResult(StepState.SKIPPED, summary, result, 0);
    }

    public static StepResult failed(String summary, Object result, int exitCode) {
        return new StepResult(StepState.FAILED, summary, result, exitCode);
    }
}
