package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.auth.TokenSet;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.monthend.MonthEndStep;
import dev.billingone.workstation.monthend.MonthEndStepRecord;
import dev.billingone.workstation.monthend.StepState;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points of {@code month-end --push} (sync → reconcile → generate → approve → push → reports),
 * many times, then the same command again: no duplicate invoice locally, none at the remote (the mock counts them
 * per contact and period), nothing lost, and every period's month-end recorded as finished.
 */
class CrashSafetyTest {
    private static final int CLIENTS = 120;
    private static final int KILLS = 10;
    private static final List<String> PERIODS = List.of("2026-07", "2026-08", "2026-09", "2026-10");

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsAndRerunLeavesExactlyOneInvoicePerClientAndPeriodHereAndAtXero() throws Exception {
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            seed(store);
            Integrations.open(store, dir, Settings.defaultsOnly(), Map.of(), null).connections().connected(ExternalSystem.XERO,
                    StoredCredentials.oauth(new TokenSet("test-token", "refresh", Instant.now().plusSeconds(7200),
                            Instant.now().plusSeconds(86_400)), "app", null, "tenant-1"), new Tenant("tenant-1", "Crash Co"));
        }
        MockXero xero = new MockXero();
        xero.delayMillis = 150;
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(xero);
            server.start();
            String url = server.url("/api.xro/2.0").toString();
            int killedInWork = 0;
            for (int i = 0; i < KILLS; i++) {
                // Walk through the periods so that kills land in fresh generations as well as in resumed pushes.
                List<String> periods = PERIODS.subList(0, 1 + i * PERIODS.size() / KILLS);
                if (runAndKill(url, periods, random.nextInt(2_500))) {
                    killedInWork++;
                }
            }
            int exit = run(url, PERIODS);
            assertThat(exit).as("the final, uninterrupted run; its stderr:%n%s", stderr()).isZero();
            assertThat(killedInWork).as("kills that landed after start-up").isGreaterThan(KILLS / 2);
        }

        int expected = CLIENTS * PERIODS.size();
        assertThat(xero.created.get()).as("invoices created at Xero").isEqualTo(expected);
        assertThat(xero.createdPerContactAndReference.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            List<GeneratedInvoice> invoices = store.read(s -> s.createSelectionQuery("from GeneratedInvoice", GeneratedInvoice.class)
                    .getResultList());
            assertThat(invoices).hasSize(expected);
            assertThat(invoices).allSatisfy(i -> {
                assertThat(i.getStatus()).isEqualTo(InvoiceStatus.PUSHED);
                assertThat(i.getExternalId()).isNotBlank();
            });
            assertThat(invoices.stream().map(GeneratedInvoice::getExternalId).distinct().count()).isEqualTo(expected);
            List<OutboxEntry> outbox = store.read(s -> s.createSelectionQuery("from OutboxEntry", OutboxEntry.class).getResultList());
            assertThat(outbox).hasSize(expected).allSatisfy(e -> assertThat(e.getState()).isEqualTo(OutboxState.SENT));
            List<MonthEndStepRecord> steps = store.read(s -> s.createSelectionQuery("from MonthEndStepRecord",
                    MonthEndStepRecord.class).getResultList());
            assertThat(steps).hasSize(PERIODS.size() * MonthEndStep.values().length)
                    .allSatisfy(step -> assertThat(step.getState()).isIn(StepState.DONE, StepState.SKIPPED));
        }
    }

    private void seed(Store store) {
        store.write(s -> {
            BillingFixture.organization(s);
            Product support = BillingFixture.product(s, "SUPPORT", "150.00");
            Product backup = BillingFixture.product(s, "BACKUP", "12.35");
            for (int i = 0; i < CLIENTS; i++) {
                Client client = BillingFixture.client(s, "Crash client " + i);
                BillingFixture.xeroContact(s, client, "contact-" + i);
                Contract contract = BillingFixture.contract(s, client, LocalDate.of(2026, 1, 1), null);
                BillingFixture.contractLine(s, contract, support, "1", null);
                BillingFixture.contractLine(s, contract, backup, String.valueOf(1 + i % 9), null);
            }
        });
    }

    /** Starts the child, kills it {@code delay} ms after it is ready; true if it was still working when killed. */
    private boolean runAndKill(String url, List<String> periods, int delay) throws Exception {
        Process child = start(url, periods);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (!"ready".equals(line)) {
                child.destroyForcibly().waitFor();
                return false;
            }
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            return !finished;
        }
    }

    private int run(String url, List<String> periods) throws Exception {
        Process child = start(url, periods);
        child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private Process start(String url, List<String> periods) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MonthEndChild.class.getName(), dir.toString(), url));
        command.addAll(periods);
        // Each child appends to one log, so a failing final run shows what went wrong (and what the kills left).
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("children.err").toFile()))
                .start();
    }

    private String stderr() throws java.io.IOException {
        String all = java.nio.file.Files.readString(dir.resolve("children.err"));
        return all.substring(Math.max(0, all.length() - 6_000));
    }

}
