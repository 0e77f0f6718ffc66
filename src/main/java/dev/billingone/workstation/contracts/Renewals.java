package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.Versions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The renewal queue (live contracts whose term ends within N days, overdue ones first) and the renewal itself:
 * a new term that starts the day after the old one ends, with prices raised by a percentage or set to the
 * catalog's. A selection renews all-or-nothing, each contract audited with its before and after.
 */
public final class Renewals {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int DEFAULT_TERM_MONTHS = 12;

    /** A contract to renew and the version the accountant saw in the queue. */
    public record Target(long contractId, long expectedVersion) {
    }

    private final Store store;

    public Renewals(Store store) {
        this.store = store;
    }

    public List<RenewalCandidate> queue(LocalDate today, int days) {
        if (days < 0) {
            throw new InvalidInputException("Days ahead must be 0 or more, e.g. 30, 60 or 90.");
        }
        LocalDate horizon = today.plusDays(days);
        return store.read(session -> {
            List<Contract> due = session.createSelectionQuery(
                            "from Contract where status = :active and endDate is not null and endDate <= :horizon",
                            Contract.class)
                    .setParameter("active", ContractStatus.ACTIVE)
                    .setParameter("horizon", horizon)
                    .getResultList();
            Map<Long, Client> clients = ContractRecords.clients(session);
            Map<Long, List<ContractLine>> lines = ContractRecords.linesByContract(session,
                    due.stream().map(Contract::getId).toList());
            Map<Long, Product> products = ContractRecords.products(session);
            return due.stream()
                    .map(c -> candidate(c, clients.get(c.getClientId()), lines.getOrDefault(c.getId(), List.of()),
                            products, today))
                    .sorted(Comparator.comparing(RenewalCandidate::endDate).thenComparing(RenewalCandidate::clientName))
                    .toList();
        });
    }

    private static RenewalCandidate candidate(Contract contract, Client client, List<ContractLine> lines,
                                              Map<Long, Product> products, LocalDate today) {
        Money value = ContractPricing.monthlyValue(lines, products, Money.currency(client.getCurrency()),
                contract.getEndDate());
        return new RenewalCandidate(contract.getId(), contract.getVersion(), client.getName(), contract.getName(),
                contract.getEndDate(), ChronoUnit.DAYS.between(today, contract.getEndDate()), contract.getTermMonths(),
                contract.isAutoRenew(), contract.getRenewalUpliftPct(), value);
    }

    /** Targets at their stored versions, for callers (the CLI) that renew what is there now rather than what they saw. */
    public List<Target> currentTargets(List<Long> contractIds) {
        return store.read(session -> contractIds.stream()
                .map(id -> new Target(id, ContractRecords.require(session, id).getVersion()))
                .toList());
    }

    /** Renews every target for {@code termMonths} with {@code uplift}; nothing changes if any one cannot renew. */
    public List<RenewalOutcome> renew(List<Target> targets, Uplift uplift, int termMonths) {
        if (termMonths <= 0) {
            throw new InvalidInputException("The new term must be 1 month or more.");
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("Select at least one contract to renew.");
        }
        return store.inTransaction(session -> {
            Map<Long, Product> products = ContractRecords.products(session);
            List<RenewalOutcome> outcomes = new ArrayList<>();
            for (Target target : targets) {
                Contract contract = ContractRecords.require(session, target.contractId());
                Versions.require(contract, target.expectedVersion(), "Contract '" + contract.getName() + "'");
                outcomes.add(renewOne(session, contract, uplift, termMonths, products));
            }
            return outcomes;
        });
    }

    /**
     * Renews the auto-renew contracts whose term has ended before {@code today}, each with its own uplift and
     * term (12 months when it has none): month-end runs this so such contracts never silently stop billing.
     */
    public List<RenewalOutcome> renewDueAutoRenewals(LocalDate today) {
        return store.inTransaction(session -> {
            List<Contract> due = session.createSelectionQuery(
                            "from Contract where status = :active and autoRenew = true and endDate < :today order by id",
                            Contract.class)
                    .setParameter("active", ContractStatus.ACTIVE)
                    .setParameter("today", today)
                    .getResultList();
            Map<Long, Product> products = ContractRecords.products(session);
            List<RenewalOutcome> outcomes = new ArrayList<>();
            for (Contract contract : due) {
                BigDecimal pct = contract.getRenewalUpliftPct() == null ? BigDecimal.ZERO : contract.getRenewalUpliftPct();
                int term = contract.getTermMonths() == null ? DEFAULT_TERM_MONTHS : contract.getTermMonths();
                // A contract lapsed for several terms catches up one term at a time, each with its uplift.
                while (contract.getEndDate().isBefore(today)) {
                    outcomes.add(renewOne(session, contract, new Uplift.Percent(pct), term, products));
                }
            }
            return outcomes;
        });
    }

    private static RenewalOutcome renewOne(Session session, Contract contract, Uplift uplift, int termMonths,
                                           Map<Long, Product> products) {
        ContractService.requireStatus(contract, EnumSet.of(ContractStatus.ACTIVE), "renewed");
        if (contract.getEndDate() == null) {
            throw new InvalidInputException("Contract '" + contract.getName()
                    + "' has no end date, so it runs until ended: there is no term to renew.");
        }
        Currency currency = Money.currency(session.find(Client.class, contract.getClientId()).getCurrency());
        List<ContractLine> lines = ContractRecords.lines(session, contract.getId());
        ContractRecords.Snapshot before = ContractRecords.snapshot(contract, lines);
        LocalDate previousEnd = contract.getEndDate();
        Money previousValue = ContractPricing.monthlyValue(lines, products, currency, previousEnd);
        LocalDate newEnd = previousEnd.plusDays(1).plusMonths(termMonths).minusDays(1);
        for (ContractLine line : lines) {
            boolean runsToTheEnd = line.getEndDate() == null || !line.getEndDate().isBefore(previousEnd);
            if (!runsToTheEnd) {
                continue;
            }
            line.setUnitPrice(newPrice(line, products.get(line.getProductId()), uplift, currency));
            if (line.getEndDate() != null) {
                line.setEndDate(newEnd);
            }
        }
        contract.setEndDate(newEnd);
        contract.setTermMonths(termMonths);
        Money newValue = ContractPricing.monthlyValue(lines, products, currency, newEnd);
        AuditLog.record(session, ContractRecords.AUDIT_TYPE, contract.getId(), "renew", before,
                ContractRecords.snapshot(contract, lines), "Renewed for " + termMonths + " months, " + describe(uplift));
        return new RenewalOutcome(contract.getId(), contract.getName(), previousEnd, newEnd, previousValue, newValue);
    }

    private static BigDecimal newPrice(ContractLine line, Product product, Uplift uplift, Currency currency) {
        BigDecimal current = ContractPricing.unitPrice(line, product);
        if (uplift instanceof Uplift.Percent percent) {
            BigDecimal raised = current.multiply(HUNDRED.add(percent.percent())).divide(HUNDRED, MathContext.DECIMAL128);
            return Money.round(raised, currency);
        }
        return product == null || product.getUnitPrice() == null ? current : product.getUnitPrice();
    }

    static String describe(Uplift uplift) {
        return uplift instanceof Uplift.Percent p ? "uplift " + p.percent().stripTrailingZeros().toPlainString() + "%"
                : "prices set to catalog";
    }
}
