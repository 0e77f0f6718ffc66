package dev.billingone.workstation.monthend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.billing.BillingTestData;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two month-ends of one period never run at once, on H2 and on PostgreSQL (one subclass each): the second is refused
 * before it records anything, another period runs meanwhile, and once the first ends the period can run again. (A
 * killed run leaving the period free for its rerun is CrashSafetyTest's part.)
 */
abstract class PeriodLockContract {
    private static final Period NOVEMBER = Period.of(YearMonth.of(2026, 11));
    private Store store;
    private Store otherProcess;

    protected abstract DatabaseTarget target();

    @BeforeEach
    void open() {
        DatabaseTarget target = target();
        store = Store.open(target);
        BillingTestData.twoClientsOneParked(store);
        otherProcess = Store.open(target); // its own pool and connections, as a second process has
    }

    @AfterEach
    void close() {
        otherProcess.close();
        store.close();
    }

    /** Work for every step that records the step's name, and for generate waits until {@code release} opens. */
    private static Map<MonthEndStep, StepWork> work(CountDownLatch started, CountDownLatch release) {
        Map<MonthEndStep, StepWork> work = new EnumMap<>(MonthEndStep.class);
        for (MonthEndStep step : MonthEndStep.values()) {
            work.put(step, (period, progress) -> {
                if (step == MonthEndStep.GENERATE) {
                    started.countDown();
                    try {
                        assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return StepResult.done(step.id() + " done", null);
            });
        }
        return work;
    }

    @Test
    void aSecondRunOfThePeriodIsRefusedWhileTheFirstRunsAndMayRunAfterIt() throws Exception {
        CountDownLatch generating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<MonthEndResult> first = CompletableFuture.supplyAsync(() ->
                new MonthEndRun(store, Clock.systemUTC()).run(NOVEMBER, false, false, work(generating, release), line -> { }));
        assertThat(generating.await(60, TimeUnit.SECONDS)).isTrue();

        MonthEndRun second = new MonthEndRun(otherProcess, Clock.systemUTC());
        assertThatThrownBy(() -> second.run(NOVEMBER, false, true, work(new CountDownLatch(1), new CountDownLatch(0)), line -> { }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("A month-end for 2026-11 is already running")
                .hasMessageContaining("step generate, since");
        // Refused before it did anything: its --restart did not wipe the first run's record.
        assertThat(stepStates()).containsEntry(MonthEndStep.GENERATE, StepState.RUNNING);

        MonthEndResult october = second.run(Period.of(YearMonth.of(2026, 10)), false, false,
                work(new CountDownLatch(1), new CountDownLatch(0)), line -> { });
        assertThat(october.steps()).allMatch(step -> step.outcome() == MonthEndResult.Outcome.DONE);

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).steps()).allMatch(step -> step.outcome() == MonthEndResult.Outcome.DONE);
        MonthEndResult again = second.run(NOVEMBER, false, false, work(new CountDownLatch(1), new CountDownLatch(0)), line -> { });
        assertThat(again.steps()).allMatch(step -> step.outcome() == MonthEndResult.Outcome.DONE_EARLIER);
    }

    private Map<MonthEndStep, StepState> stepStates() {
        return store.read(session -> session.createSelectionQuery("from MonthEndStepRecord where period = '2026-11'",
                        MonthEndStepRecord.class).getResultList().stream()
                .collect(Collectors.toMap(MonthEndStepRecord::getStep, MonthEndStepRecord::getState)));
    }
}
