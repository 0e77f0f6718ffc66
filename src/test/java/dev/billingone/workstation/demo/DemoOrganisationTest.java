package dev.billingone.workstation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TableCounts;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOrganisationTest {
    private static final Period PERIOD = Period.parse("2026-11");

    @TempDir
    Path dir;

    private static List<String> fingerprint(Store store) {
        return store.read(session -> session.createSelectionQuery(
                        "select concat(c.name, '|', coalesce(c.taxNumber, ''), '|', "
                                + "(select count(*) from ExternalAccount a where a.clientId = c.id)) from Client c order by c.name",
                        String.class).getResultList()
                .stream()
                .toList());
    }

    private static List<String> invoiceFingerprint(Store store) {
        return store.read(session -> session.createSelectionQuery(
                "select concat(i.invoiceNumber, '|', i.issueDate, '|', i.total, '|', i.status) from InvoiceSnapshot i order by i.invoiceNumber",
                String.class).getResultList());
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedDoesNot() {
        try (Store a = Store.open(TestDatabases.h2(dir.resolve("a")));
             Store b = Store.open(TestDatabases.h2(dir.resolve("b")));
             Store c = Store.open(TestDatabases.h2(dir.resolve("c")))) {
            DemoOrganisation.create(a, new DemoOrganisation.Options(30, 7, PERIOD, false));
            DemoOrganisation.create(b, new DemoOrganisation.Options(30, 7, PERIOD, false));
            DemoOrganisation.create(c, new DemoOrganisation.Options(30, 8, PERIOD, false));
            assertThat(fingerprint(a)).hasSize(30).isEqualTo(fingerprint(b));
            assertThat(invoiceFingerprint(a)).hasSize(90).isEqualTo(invoiceFingerprint(b));
            assertThat(TableCounts.of(a)).isEqualTo(TableCounts.of(b));
            assertThat(fingerprint(c)).isNotEqualTo(fingerprint(a));
        }
    }

    @Test
    void plantsTheProblemsTheProductExistsToFind() {
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            DemoOrganisation.Summary summary = DemoOrganisation.create(store, new DemoOrganisation.Options(60, 42, PERIOD, false));
            assertThat(summary.products()).isBetween(250, 350);
            assertThat(summary.clients()).isEqualTo(60);
            long unmappedCompanies = store.read(s -> s.createSelectionQuery(
                    "select count(*) from ExternalAccount where clientId is null", Long.class).getSingleResult());
            long unmappedProducts = store.read(s -> s.createSelectionQuery(
                    "select count(*) from VendorProduct where productId is null", Long.class).getSingleResult());
            long legalSuffixes = store.read(s -> s.createSelectionQuery(
                    "select count(*) from Client where name like '%Pty Ltd' or name like '%LLC' or name like '%Inc.' or name like '%& Co.'",
                    Long.class).getSingleResult());
            long renewalsIn90Days = store.read(s -> s.createSelectionQuery(
                    "select count(*) from Contract where endDate <= :limit", Long.class)
                    .setParameter("limit", PERIOD.lastDay().plusDays(90)).getSingleResult());
            long midPeriodStarts = store.read(s -> s.createSelectionQuery(
                    "select count(*) from Subscription where startDate > :first", Long.class)
                    .setParameter("first", PERIOD.firstDay()).getSingleResult());
            assertThat(unmappedCompanies).isPositive();
            assertThat(unmappedProducts).isPositive();
            assertThat(legalSuffixes).isGreaterThan(15);
            assertThat(renewalsIn90Days).isPositive();
            assertThat(midPeriodStarts).isPositive();
            long openMissedBilling = store.read(s -> s.createSelectionQuery(
                    "select count(*) from MissedBillingItem where status = 'OPEN'", Long.class).getSingleResult());
            assertThat(summary.missedBilling()).isPositive().isEqualTo((int) openMissedBilling);
        }
    }

    @Test
    void refusesToOverwriteAnOrganisationUnlessToldToReplace() {
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            DemoOrganisation.create(store, new DemoOrganisation.Options(5, 1, PERIOD, false));
            assertThatThrownBy(() -> DemoOrganisation.create(store, new DemoOrganisation.Options(5, 1, PERIOD, false)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("--replace");
            DemoOrganisation.create(store, new DemoOrganisation.Options(8, 1, PERIOD, true));
            assertThat(TableCounts.of(store).get("client")).isEqualTo(8);
            assertThat(TableCounts.of(store).get("organization")).isEqualTo(1);
        }
    }
}
