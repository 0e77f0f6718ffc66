package dev.billingone.workstation.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.store.StoreBackedTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract full edit and lifecycle on every backend. */
abstract class ContractServiceContractTest extends StoreBackedTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    ContractService contracts;
    long client;
    long m365;
    long backup;

    @BeforeEach
    void data() {
        contracts = new ContractService(store);
        client = SampleRecords.client(store, "Harbour Dental Pty Ltd", "AUD");
        m365 = SampleRecords.product(store, "M365-BP", "33.00", true);
        backup = SampleRecords.product(store, "BACKUP-1TB", "120.00", true);
    }

    static ContractInput.Line line(long product, String qty, String price, BillingFrequency frequency) {
        return new ContractInput.Line(null, product, null, new BigDecimal(qty), price == null ? null : new BigDecimal(price),
                BigDecimal.ZERO, frequency, null, null);
    }

    ContractInput input(String name, LocalDate start, Integer term, List<ContractInput.Line> lines) {
        return new ContractInput(client, name, start, null, term, false, null, null, lines);
    }

    @Test
    void createsADraftWhoseTermSetsTheEndAndWhoseValueSpreadsFrequenciesPerMonth() {
        long id = contracts.create(input("Managed services", LocalDate.of(2026, 1, 1), 12, List.of(
                line(m365, "10", null, BillingFrequency.MONTHLY),
                line(backup, "1", "360.00", BillingFrequency.QUARTERLY))));

        ContractDetail detail = contracts.get(id, TODAY);
        assertThat(detail.contract().getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(detail.contract().getEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        // 10 × 33.00 catalog + 360.00 a quarter = 330.00 + 120.00
        assertThat(detail.monthlyValue()).isEqualTo(Money.of("450.00", "AUD"));
        assertThat(contracts.list(ContractFilter.all(), TODAY)).singleElement().satisfies(row -> {
            assertThat(row.clientName()).isEqualTo("Harbour Dental Pty Ltd");
            assertThat(row.nextRenewal()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(contracts.history(id)).extracting(AuditEvent::getAction).containsExactly("create");
    }

    @Test
    void reportsEveryValidationProblemAtOnceAndWritesNothing() {
        long retired = SampleRecords.product(store, "OLD-AV", "5.00", false);
        ContractInput bad = new ContractInput(client, "Broken", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null,
                false, null, null, List.of(line(retired, "1", null, BillingFrequency.MONTHLY),
                line(m365, "0", "-1", BillingFrequency.MONTHLY)));

        assertThatThrownBy(() -> contracts.create(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end date: must be after the start date 2026-06-01")
                .hasMessageContaining("line 1: product OLD-AV is inactive")
                .hasMessageContaining("line 2: quantity must be more than 0")
                .hasMessageContaining("line 2: unit price must be 0 or more");
        assertThat(contracts.list(ContractFilter.all(), TODAY)).isEmpty();
    }

    @Test
    void fullEditReplacesLinesAuditsBeforeAndAfterAndRefusesAStaleVersion() {
        long id = contracts.create(input("Managed services", LocalDate.of(2026, 1, 1), 12, List.of(
                line(m365, "10", "30.00", BillingFrequency.MONTHLY), line(backup, "1", null, BillingFrequency.MONTHLY))));
        ContractDetail loaded = contracts.get(id, TODAY);
        ContractLine first = loaded.lines().get(0);
        ContractInput edited = new ContractInput(client, "Managed services 2026", loaded.contract().getStartDate(),
                loaded.contract().getEndDate(), 12, true, new BigDecimal("4"), "signed",
                List.of(new ContractInput.Line(first.getId(), m365, "Business Premium", new BigDecimal("12"),
                        new BigDecimal("30.00"), new BigDecimal("10"), BillingFrequency.MONTHLY, null, null)));

        contracts.update(id, loaded.contract().getVersion(), edited);

        ContractDetail after = contracts.get(id, TODAY);
        assertThat(after.lines()).singleElement().satisfies(l -> {
            assertThat(l.getId()).isEqualTo(first.getId());
            assertThat(l.getQuantity()).isEqualByComparingTo("12");
        });
        assertThat(after.monthlyValue()).isEqualTo(Money.of("324.00", "AUD"));
        AuditEvent update = contracts.history(id).get(1);
        assertThat(update.getAction()).isEqualTo("update");
        assertThat(update.getBeforeJson()).contains("\"productId\":" + backup, "\"name\":\"Managed services\"").doesNotContain("signed");
        assertThat(update.getAfterJson()).contains("Managed services 2026", "signed");

        assertThatThrownBy(() -> contracts.update(id, loaded.contract().getVersion(), edited))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void aLineMayKeepAProductRetiredSinceButCannotTakeOneOn() {
        long id = contracts.create(input("Legacy", LocalDate.of(2026, 1, 1), 12,
                List.of(line(m365, "5", null, BillingFrequency.MONTHLY))));
        store.write(s -> s.find(dev.billingone.workstation.catalog.Product.class, m365).setActive(false));
        ContractDetail loaded = contracts.get(id, TODAY);
        ContractInput renamed = new ContractInput(client, "Legacy (renamed)", loaded.contract().getStartDate(),
                loaded.contract().getEndDate(), 12, false, null, null, loaded.toInput().lines());

        contracts.update(id, loaded.contract().getVersion(), renamed);

        ContractDetail again = contracts.get(id, TODAY);
        ContractInput withNewRetiredLine = new ContractInput(client, "Legacy (renamed)", again.contract().getStartDate(),
                again.contract().getEndDate(), 12, false, null, null, List.of(again.toInput().lines().get(0),
                line(m365, "1", null, BillingFrequency.MONTHLY)));
        assertThatThrownBy(() -> contracts.update(id, again.contract().getVersion(), withNewRetiredLine))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2: product M365-BP is inactive");
    }

    @Test
    void endingMovesTheEndDateAndCapsLinesAndIsFinal() {
        long id = contracts.create(input("Managed services", LocalDate.of(2026, 1, 1), 12,
                List.of(line(m365, "10", null, BillingFrequency.MONTHLY))));
        contracts.activate(id, version(id));
        assertThatThrownBy(() -> contracts.end(id, version(id), LocalDate.of(2025, 12, 1), "moved provider"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the contract's start");

        contracts.end(id, version(id), LocalDate.of(2026, 8, 31), "moved provider");

        ContractDetail ended = contracts.get(id, TODAY);
        assertThat(ended.contract().getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(ended.contract().getEndDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ended.lines().get(0).getEndDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(contracts.list(ContractFilter.all(), TODAY).get(0).nextRenewal()).isNull();
        assertThatThrownBy(() -> contracts.end(id, version(id), LocalDate.of(2026, 9, 30), "again"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is ended");
        assertThatThrownBy(() -> contracts.update(id, version(id), ended.toInput()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("can no longer be edited");
        assertThat(contracts.history(id)).extracting(AuditEvent::getAction).containsExactly("create", "activate", "end");
    }

    @Test
    void cancellingNeedsAReasonAndWorksFromDraftOrActive() {
        long draft = contracts.create(input("Quote", LocalDate.of(2026, 12, 1), 12,
                List.of(line(m365, "3", null, BillingFrequency.MONTHLY))));
        assertThatThrownBy(() -> contracts.cancel(draft, version(draft), LocalDate.of(2026, 12, 1), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a reason");

        contracts.cancel(draft, version(draft), LocalDate.of(2026, 12, 1), "client declined");

        assertThat(contracts.get(draft, TODAY).contract().getStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(contracts.history(draft).get(1).getReason()).isEqualTo("client declined");
        assertThatThrownBy(() -> contracts.activate(draft, version(draft))).isInstanceOf(ConflictException.class);
    }

    @Test
    void duplicateMakesAnIndependentDraftWithTheSameLines() {
        long id = contracts.create(input("Managed services", LocalDate.of(2026, 1, 1), 12, List.of(
                line(m365, "10", "30.00", BillingFrequency.MONTHLY), line(backup, "2", null, BillingFrequency.ANNUAL))));
        contracts.activate(id, version(id));

        long copy = contracts.duplicate(id);

        ContractDetail original = contracts.get(id, TODAY);
        ContractDetail duplicate = contracts.get(copy, TODAY);
        assertThat(duplicate.contract().getName()).isEqualTo("Copy of Managed services");
        assertThat(duplicate.contract().getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(duplicate.lines()).extracting(ContractLine::getProductId).containsExactly(m365, backup);
        assertThat(duplicate.lines()).extracting(ContractLine::getId)
                .doesNotContainAnyElementsOf(original.lines().stream().map(ContractLine::getId).toList());
        assertThat(duplicate.monthlyValue()).isEqualTo(original.monthlyValue());
    }

    @Test
    void filtersByStatusClientTextAndRenewalHorizon() {
        long other = SampleRecords.client(store, "Summit Logistics Inc.", "AUD");
        long a = contracts.create(input("Managed services", LocalDate.of(2026, 1, 1), 12,
                List.of(line(m365, "1", null, BillingFrequency.MONTHLY))));
        contracts.activate(a, version(a));
        contracts.create(new ContractInput(other, "Backup", LocalDate.of(2026, 1, 1), null, 36, false, null, null,
                List.of(line(backup, "1", null, BillingFrequency.MONTHLY))));

        assertThat(contracts.list(new ContractFilter(ContractStatus.ACTIVE, null, null, null), TODAY))
                .extracting(ContractSummary::name).containsExactly("Managed services");
        assertThat(contracts.list(new ContractFilter(null, other, null, null), TODAY))
                .extracting(ContractSummary::name).containsExactly("Backup");
        assertThat(contracts.list(new ContractFilter(null, null, "summit", null), TODAY))
                .extracting(ContractSummary::name).containsExactly("Backup");
        assertThat(contracts.list(new ContractFilter(null, null, null, TODAY.plusDays(60)), TODAY))
                .extracting(ContractSummary::name).containsExactly("Managed services");
    }

    long version(long id) {
        return contracts.get(id, TODAY).contract().getVersion();
    }
}
