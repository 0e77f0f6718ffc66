package dev.billingone.workstation.monthend;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.Store;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hibernate.Session;

/**
 * One month-end per organisation and period at a time, across processes and machines that share the database: a
 * run holds a row lock on its period's {@code month_end_lock} row, in a transaction of its own, for as long as it
 * runs. The database lets go when the run closes the lock, or when its process dies and the connection goes with it,
 * so a crashed run never blocks the rerun that continues it. A second run meanwhile is refused at once, before it
 * touches anything (two runs would race to record the same steps and push the same invoices).
 */
final class PeriodLock implements AutoCloseable {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");
    private final Session session;

    private PeriodLock(Session session) {
        this.session = session;
    }

    static PeriodLock acquire(Store store, long organization, Period period) {
        ensureRow(store, organization, period);
        Session session = store.sessionFactory().openSession();
        try {
            session.beginTransaction();
            session.createSelectionQuery("from MonthEndLock where organizationId = :o and period = :p", MonthEndLock.class)
                    .setParameter("o", organization)
                    .setParameter("p", period.toString())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", 0) // no waiting where the database allows it
                    .getSingleResult();
            return new PeriodLock(session);
        } catch (PessimisticLockException | LockTimeoutException held) {
            session.close();
            throw new ConflictException("A month-end for " + period + " is already running on this database"
                    + runningStep(store, organization, period) + ". Wait for it to finish; if its process has died, "
                    + "the database lets go of the period within moments and running again continues where it stopped.",
                    held);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The period's row, made by the first run of that period (two first runs at once: one makes it, both use it). */
    private static void ensureRow(Store store, long organization, Period period) {
        if (rowExists(store, organization, period)) {
            return;
        }
        try {
            store.write(session -> session.persist(new MonthEndLock(organization, period.toString())));
        } catch (InvalidInputException duplicate) {
            if (!rowExists(store, organization, period)) {
                throw duplicate;
            }
        }
    }

    private static boolean rowExists(Store store, long organization, Period period) {
        return store.read(session -> session.createSelectionQuery(
                        "select count(*) from MonthEndLock where organizationId = :o and period = :p", Long.class)
                .setParameter("o", organization)
                .setParameter("p", period.toString())
                .getSingleResult() > 0);
    }

    /** " (step generate, since 25 Nov 19:40:12)" from the step the other run has marked as started, if any. */
    private static String runningStep(Store store, long organization, Period period) {
        return store.read(session -> session.createSelectionQuery("from MonthEndStepRecord where organizationId = :o "
                                + "and period = :p and state = :running order by startedAt desc", MonthEndStepRecord.class)
                        .setParameter("o", organization)
                        .setParameter("p", period.toString())
                        .setParameter("running", StepState.RUNNING)
                        .setMaxResults(1)
                        .getResultList().stream().findFirst()
                        .map(step -> " (step " + step.getStep().id() + ", since "
                                + SINCE.format(step.getStartedAt().atZone(ZoneId.systemDefault())) + ")")
                        .orElse(""));
    }

    /** Ends the run's hold on the period: nothing was written in this transaction, so it rolls back. */
    @Override
    public void close() {
        try {
            session.getTransaction().rollback();
        } finally {
            session.close();
        }
    }
}
