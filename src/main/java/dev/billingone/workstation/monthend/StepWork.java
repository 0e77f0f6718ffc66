package dev.billingone.workstation.monthend;

import dev.billingone.workstation.core.Period;
import java.util.function.Consumer;

/**
 * The work of one step. Must be safe to run again for the same period (a crash may interrupt it half-way).
 * Returns a failed {@link StepResult} or throws a {@link dev.billingone.workstation.core.BillingOneException} to
 * stop the run at this step.
 */
@FunctionalInterface
public interface StepWork {
    StepResult run(Period period, Consumer<String> progress);
}
