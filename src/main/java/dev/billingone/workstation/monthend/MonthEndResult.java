package dev.billingone.workstation.monthend;

import dev.billingone.workstation.core.Period;
import java.time.Instant;
import java.util.List;

/** A month-end run: every planned step with what happened to it, in order. */
public record MonthEndResult(Period period, boolean push, List<Step> steps) {

    /** What happened to one step in this run. */
    public enum Outcome {
        /** Ran now and finished. */
        DONE,
        /** Ran now and had nothing to do (e.g. nothing connected). */
        SKIPPED,
        /** Finished in an earlier run; not run again. */
        DONE_EARLIER,
        /** Ran now and failed: the run stopped here, and a rerun starts here. */
        FAILED,
        /** Not reached because an earlier step failed. */
        NOT_RUN
    }

    /** {@code result} is the step's own result object (null when it did not run now). */
    public record Step(MonthEndStep step, Outcome outcome, String summary, Object result, Instant finishedAt, int exitCode) {
    }

    public boolean complete() {
        return steps.stream().allMatch(s -> s.outcome() != Outcome.FAILED && s.outcome() != Outcome.NOT_RUN);
    }

    /** 0 when complete, else the failed step's exit code (3 remote, 4 conflict, …). */
    public int exitCode() {
        return steps.stream().filter(s -> s.outcome() == Outcome.FAILED).mapToInt(Step::exitCode).findFirst().orElse(0);
    }

    /** The steps a rerun did not repeat because an earlier run finished them. */
    public List<MonthEndStep> resumedAfter() {
        return steps.stream().filter(s -> s.outcome() == Outcome.DONE_EARLIER).map(Step::step).toList();
    }
}
