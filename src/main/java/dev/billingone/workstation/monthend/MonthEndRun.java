package dev.billingone.workstation.monthend;

import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.monthend.MonthEndResult.Outcome;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Runs a month-end's steps in order and remembers, per organisation and period, how far it got: each step is
 * marked RUNNING (committed) before its work and DONE/SKIPPED/FAILED after. A rerun skips the steps before the
 * first unfinished one — a crash leaves RUNNING, a failure FAILED — and runs every step from there on, so that
 * later steps (reports) see what the resumed ones changed. A failed step stops the run. A second run of the same
 * period while one runs is refused ({@link PeriodLock}).
 */
public final class MonthEndRun {
    private final Store store;
    private final Clock clock;

    public MonthEndRun(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param restart forget what earlier runs of this period did and run every step again
     * @param work    the work of each planned step
     */
    public MonthEndResult run(Period period, boolean push, boolean restart, Map<MonthEndStep, StepWork> work,
                              Consumer<String> progress) {
        long organization = store.read(MonthEndRun::organizationId);
        try (PeriodLock ignored = PeriodLock.acquire(store, organization, period)) {
            return runHoldingThePeriod(organization, period, push, restart, work, progress);
        }
    }

    private MonthEndResult runHoldingThePeriod(long organization, Period period, boolean push, boolean restart,
                                               Map<MonthEndStep, StepWork> work, Consumer<String> progress) {
        if (restart) {
            store.write(session -> stored(session, organization, period).values().forEach(session::remove));
        }
        List<MonthEndStep> plan = MonthEndStep.plan(push);
        Map<MonthEndStep, MonthEndStepRecord> earlier = store.read(session -> stored(session, organization, period));
        int first = 0;
        while (first < plan.size() && earlier.containsKey(plan.get(first)) && earlier.get(plan.get(first)).getState().finished()) {
            first++;
        }
        List<MonthEndResult.Step> steps = new ArrayList<>();
        for (MonthEndStep step : plan.subList(0, first)) {
            MonthEndStepRecord done = earlier.get(step);
            progress.accept(step.id() + ": skipped, done in an earlier run (" + done.getFinishedAt() + ")");
            steps.add(new MonthEndResult.Step(step, Outcome.DONE_EARLIER, done.getSummary(), null, done.getFinishedAt(), 0));
        }
        boolean stopped = false;
        for (MonthEndStep step : plan.subList(first, plan.size())) {
            if (stopped) {
                steps.add(new MonthEndResult.Step(step, Outcome.NOT_RUN, null, null, null, 0));
                continue;
            }
            MonthEndStepRecord before = earlier.get(step);
            progress.accept(step.id() + ": running" + (before == null ? "" : before.getState() == StepState.RUNNING
                    ? " again (an earlier run was interrupted here)"
                    : before.getState() == StepState.FAILED ? " again (it failed in an earlier run)" : " again"));
            StepResult result = runStep(organization, period, step, work.get(step), progress);
            progress.accept(step.id() + ": " + result.state().name().toLowerCase()
                    + (result.state() == StepState.SKIPPED ? ": " : " — ") + result.summary());
            Outcome outcome = switch (result.state()) {
                case DONE -> Outcome.DONE;
                case SKIPPED -> Outcome.SKIPPED;
                default -> Outcome.FAILED;
            };
            steps.add(new MonthEndResult.Step(step, outcome, result.summary(), result.result(), clock.instant(), result.exitCode()));
            stopped = outcome == Outcome.FAILED;
        }
        return new MonthEndResult(period, push, steps);
    }

    private StepResult runStep(long organization, Period period, MonthEndStep step, StepWork work, Consumer<String> progress) {
        mark(organization, period, step, null);
        StepResult result;
        try {
            result = work.run(period, progress);
        } catch (BillingOneException e) {
            result = StepResult.failed(e.getMessage(), null, e.exitCode());
        } catch (RuntimeException e) {
            mark(organization, period, step, StepResult.failed(String.valueOf(e.getMessage()), null, 70));
            throw e;
        }
        mark(organization, period, step, result);
        return result;
    }

    /** Records the step as started ({@code result} null) or finished, in its own committed transaction. */
    private void mark(long organization, Period period, MonthEndStep step, StepResult result) {
        store.write(session -> {
            MonthEndStepRecord stored = stored(session, organization, period).get(step);
            MonthEndStepRecord record = stored != null ? stored : new MonthEndStepRecord(organization, period.toString(), step);
            if (result == null) {
                record.started(clock.instant());
            } else {
                record.finished(result.state(), result.summary(), clock.instant());
            }
            if (stored == null) {
                session.persist(record);
            }
        });
    }

    private static Map<MonthEndStep, MonthEndStepRecord> stored(Session session, long organization, Period period) {
        return session.createSelectionQuery("from MonthEndStepRecord where organizationId = :o and period = :p",
                        MonthEndStepRecord.class)
                .setParameter("o", organization)
                .setParameter("p", period.toString())
                .getResultList().stream()
                .collect(Collectors.toMap(MonthEndStepRecord::getStep, Function.identity()));
    }

    private static long organizationId(Session session) {
        return session.createSelectionQuery("select id from Organization order by id", Long.class)
                .setMaxResults(1)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("There is no organisation in this database yet: create it in "
                        + "Settings (or run `billingone demo`) before a month-end."));
    }
}
