package dev.billingone.workstation.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.store.StoreBackedTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The renewal queue and renewals with uplift, on every backend. */
abstract class RenewalsContractTest extends StoreBackedTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    ContractService contracts;
    Renewals renewals;
    long client;
    long m365;
    long backup;

    @BeforeEach
    void data() {
        contracts = new ContractService(store);
        renewals = new Renewals(store);
        client = SampleRecords.client(store, "Blue Gum Accounting Pty Ltd", "AUD");
        m365 = SampleRecords.product(store, "M365-BP", "33.33", true);
        backup = SampleRecords.product(store, "BACKUP-1TB", "120.00", true);
    }

    long active(String name, LocalDate end, boolean autoRenew, BigDecimal uplift, List<ContractInput.Line> lines) {
        long id = contracts.create(new ContractInput(client, name, end.minusYears(1).plusDays(1), end, 12, autoRenew, uplift,
                null, lines));
        contracts.activate(id, version(id));
        return id;
    }

    long version(long id) {
        return contracts.get(id, TODAY).contract().getVersion();
    }

    static ContractInput.Line line(long product, String qty, String price) {
        return new ContractInput.Line(null, product, null, new BigDecimal(qty), price == null ? null : new BigDecimal(price),
                BigDecimal.ZERO, BillingFrequency.MONTHLY, null, null);
    }

    @Test
    void queueHoldsLiveContractsEndingWithinTheHorizonOverdueFirstAutoRenewMarked() {
        long overdue = active("Lapsed", TODAY.minusDays(3), false, null, List.of(line(m365, "1", null)));
        long soon = active("Soon", TODAY.plusDays(20), true, new BigDecimal("3"), List.of(line(m365, "2", null)));
        long later = active("Later", TODAY.plusDays(75), false, null, List.of(line(m365, "1", null)));
        active("Far", TODAY.plusDays(200), false, null, List.of(line(m365, "1", null)));
        contracts.create(new ContractInput(client, "Draft", TODAY, TODAY.plusDays(10), null, false, null, null,
                List.of(line(m365, "1", null))));

        assertThat(renewals.queue(TODAY, 30)).extracting(RenewalCandidate::contractId).containsExactly(overdue, soon);
        assertThat(renewals.queue(TODAY, 90)).extracting(RenewalCandidate::contractId).containsExactly(overdue, soon, later);
        RenewalCandidate candidate = renewals.queue(TODAY, 30).get(1);
        assertThat(candidate.autoRenew()).isTrue();
        assertThat(candidate.daysLeft()).isEqualTo(20);
        assertThat(candidate.monthlyValue()).isEqualTo(Money.of("66.66", "AUD"));
        assertThat(renewals.queue(TODAY, 30).get(0).daysLeft()).isEqualTo(-3);
    }

    @Test
    void percentUpliftRoundsToCentsExtendsTheTermAndKeepsHistory() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        long id = active("Managed services", end, false, null, List.of(line(m365, "10", null), line(backup, "1", "99.99")));
        long version = version(id);

        List<RenewalOutcome> outcomes = renewals.renew(List.of(new Renewals.Target(id, version)),
                new Uplift.Percent(new BigDecimal("3.5")), 24);

        ContractDetail renewed = contracts.get(id, TODAY);
        // 33.33 × 1.035 = 34.49655 → 34.50; 99.99 × 1.035 = 103.48965 → 103.49
        assertThat(renewed.lines()).extracting(ContractLine::getUnitPrice)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("34.50"), new BigDecimal("103.49"));
        assertThat(renewed.contract().getEndDate()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(renewed.contract().getTermMonths()).isEqualTo(24);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.previousEnd()).isEqualTo(end);
            assertThat(o.previousMonthlyValue()).isEqualTo(Money.of("433.29", "AUD"));
            assertThat(o.newMonthlyValue()).isEqualTo(Money.of("448.49", "AUD"));
        });
        AuditEvent renewal = contracts.history(id).get(contracts.history(id).size() - 1);
        assertThat(renewal.getAction()).isEqualTo("renew");
        assertThat(renewal.getReason()).isEqualTo("Renewed for 24 months, uplift 3.5%");
        assertThat(renewal.getBeforeJson()).contains("\"endDate\":\"2026-12-31\"", "\"unitPrice\":null");
        assertThat(renewal.getAfterJson()).contains("\"endDate\":\"2028-12-31\"", "34.5");
    }

    @Test
    void toCatalogPriceTakesTodaysPriceAndLeavesEarlierEndedLinesAlone() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        ContractInput.Line ended = new ContractInput.Line(null, backup, null, BigDecimal.ONE, new BigDecimal("80.00"),
                BigDecimal.ZERO, BillingFrequency.MONTHLY, null, LocalDate.of(2026, 6, 30));
        long id = active("Managed services", end, false, null, List.of(line(m365, "10", "30.00"), ended));
        SampleRecords.setCatalogPrice(store, m365, "35.00");

        renewals.renew(List.of(new Renewals.Target(id, version(id))), new Uplift.ToCatalogPrice(), 12);

        ContractDetail renewed = contracts.get(id, TODAY);
        assertThat(renewed.lines().get(0).getUnitPrice()).isEqualByComparingTo("35.00");
        assertThat(renewed.lines().get(1).getUnitPrice()).isEqualByComparingTo("80.00");
        assertThat(renewed.lines().get(1).getEndDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(renewed.contract().getEndDate()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aSelectionRenewsAllOrNothing() {
        long a = active("A", LocalDate.of(2026, 12, 31), false, null, List.of(line(m365, "1", "10.00")));
        long b = active("B", LocalDate.of(2026, 12, 15), false, null, List.of(line(m365, "1", "10.00")));
        long staleB = version(b);
        ContractInput current = contracts.get(b, TODAY).toInput();
        contracts.update(b, staleB, new ContractInput(client, "B (renamed elsewhere)", current.startDate(),
                current.endDate(), current.termMonths(), false, null, null, current.lines()));

        assertThatThrownBy(() -> renewals.renew(List.of(new Renewals.Target(a, version(a)), new Renewals.Target(b, staleB)),
                new Uplift.Percent(BigDecimal.TEN), 12)).isInstanceOf(ConflictException.class);

        assertThat(contracts.get(a, TODAY).contract().getEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(contracts.get(a, TODAY).lines().get(0).getUnitPrice()).isEqualByComparingTo("10.00");
    }

    @Test
    void refusesNonsense() {
        long id = active("A", LocalDate.of(2026, 12, 31), false, null, List.of(line(m365, "1", "10.00")));
        assertThatThrownBy(() -> new Uplift.Percent(new BigDecimal("-1"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> renewals.renew(List.of(new Renewals.Target(id, version(id))), Uplift.none(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 month or more");
        contracts.end(id, version(id), LocalDate.of(2026, 12, 1), "done");
        assertThatThrownBy(() -> renewals.renew(List.of(new Renewals.Target(id, version(id))), Uplift.none(), 12))
                .isInstanceOf(ConflictException.class).hasMessageContaining("can no longer be renewed");
    }

    @Test
    void lapsedAutoRenewContractsCatchUpTermByTermWithTheirOwnUplift() {
        long auto = active("Auto", LocalDate.of(2026, 4, 30), true, new BigDecimal("10"), List.of(line(m365, "1", "100.00")));
        long manual = active("Manual", LocalDate.of(2026, 4, 30), false, null, List.of(line(m365, "1", "100.00")));
        store.write(s -> s.find(Contract.class, auto).setTermMonths(6));

        List<RenewalOutcome> outcomes = renewals.renewDueAutoRenewals(TODAY);

        assertThat(outcomes).extracting(RenewalOutcome::newEnd)
                .containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2027, 4, 30));
        assertThat(contracts.get(auto, TODAY).lines().get(0).getUnitPrice()).isEqualByComparingTo("121.00");
        assertThat(contracts.get(manual, TODAY).contract().getEndDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(renewals.renewDueAutoRenewals(TODAY)).isEmpty();
    }

    @Test
    void renewalNoticeCsvHasOneRowPerCandidateWithMoneyAsPlainDecimals() throws Exception {
        active("Managed, \"premium\"", TODAY.plusDays(10), true, new BigDecimal("4.50"), List.of(line(m365, "3", null)));
        StringWriter out = new StringWriter();

        RenewalNoticeCsv.write(out, renewals.queue(TODAY, 30));

        List<String[]> rows = new CSVReader(new StringReader(out.toString())).readAll();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(RenewalNoticeCsv.HEADER);
        assertThat(rows.get(1)).containsExactly("Blue Gum Accounting Pty Ltd", "Managed, \"premium\"",
                TODAY.plusDays(10).toString(), "10", "yes", "12", "99.99", "AUD", "4.5");
    }
}
