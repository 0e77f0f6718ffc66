package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.auth.TokenSet;
import dev.billingone.workstation.billing.BillingTestData;
import dev.billingone.workstation.billing.MockXero;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code month-end} end to end through the real command line, on a real database (H2 or PostgreSQL, one subclass
 * each) with MockWebServer as Xero: the steps, their JSON, the reports, a failure that stops the run and a rerun
 * that continues at the failed step and says which steps it skipped.
 */
abstract class MonthEndCommandContract {
    @TempDir
    Path dataDir;
    private DatabaseTarget target;
    private final MockXero xero = new MockXero();
    private final MockWebServer server = new MockWebServer();

    /** The database this run uses; H2 in the data dir or a fresh PostgreSQL schema. */
    protected abstract DatabaseTarget target(Path dataDir);

    private record Run(int code, JsonNode json, String err) {
        JsonNode step(String id) {
            for (JsonNode step : json.path("steps")) {
                if (id.equals(step.path("step").asText())) {
                    return step;
                }
            }
            throw new AssertionError("no step " + id + " in " + json);
        }
    }

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(xero);
        server.start();
        target = target(dataDir);
        try (Store store = Store.open(target)) {
            BillingTestData.twoClientsOneParked(store);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--json",
                "--set", "xero.apiBaseUrl=" + server.url("/api.xro/2.0")));
        if (!target.isH2()) {
            all.addAll(List.of("--db", target.jdbcUrl(), "--db-user", target.user()));
        }
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), env(), new PrintWriter(out, true), new PrintWriter(err, true), o -> {
            throw new AssertionError("the CLI must not open a window");
        });
        return new Run(code, CliContext.json().readTree(out.toString()), err.toString());
    }

    private Map<String, String> env() {
        return target.isH2() ? Map.of() : Map.of("BILLINGONE_DB_PASSWORD", target.password());
    }

    /** Xero connected on this workstation: a valid token in the vault, the connection row in the database. */
    private void connectXero() {
        try (Store store = Store.open(target)) {
            Integrations.open(store, dataDir, Settings.defaultsOnly(), env(), null).connections().connected(ExternalSystem.XERO,
                    StoredCredentials.oauth(new TokenSet("test-token", "refresh", Instant.now().plusSeconds(7200),
                            Instant.now().plusSeconds(86_400)), "app", null, "tenant-1"), new Tenant("tenant-1", "Demo Co"));
        }
    }

    @Test
    void withNothingConnectedSyncIsSkippedAndTheRestRunsThenARerunSkipsEverything() throws Exception {
        Run first = run("month-end", "--period", "2026-11");

        assertThat(first.code()).isZero();
        assertThat(first.json().path("complete").asBoolean()).isTrue();
        assertThat(first.json().path("steps")).extracting(s -> s.path("step").asText())
                .containsExactly("sync", "reconcile", "generate", "reports");
        JsonNode sync = first.step("sync");
        assertThat(sync.path("outcome").asText()).isEqualTo("skipped");
        assertThat(sync.path("reason").asText()).startsWith("not connected");
        assertThat(sync.path("result").path("notConnected")).extracting(JsonNode::asText).containsExactly("pax8", "xero", "qbo");
        JsonNode generate = first.step("generate").path("result");
        assertThat(generate.path("invoices").path("created").asInt()).isEqualTo(1);
        assertThat(generate.path("total").asText()).isEqualTo("165.00");
        assertThat(generate.path("parked").get(0).path("clientName").asText()).isEqualTo("Banksia Legal");
        JsonNode reports = first.step("reports").path("result");
        assertThat(Path.of(reports.path("pdf").asText())).isEqualTo(dataDir.resolve("reports/reconciliation-2026-11.pdf"));
        assertThat(Files.readAllBytes(Path.of(reports.path("pdf").asText()))).startsWith("%PDF".getBytes());
        assertThat(Files.readString(Path.of(reports.path("csv").asText()))).isNotBlank();
        assertThat(first.err()).contains("sync: skipped: not connected", "generate: done", "reports: done");

        Run again = run("month-end", "--period", "2026-11");

        assertThat(again.code()).isZero();
        assertThat(again.json().path("resumed")).extracting(JsonNode::asText)
                .containsExactly("sync", "reconcile", "generate", "reports");
        assertThat(again.step("generate").path("reason").asText()).isEqualTo("done in an earlier run");
        assertThat(again.err()).contains("generate: skipped, done in an earlier run");
    }

    @Test
    void aPushThatFailsStopsTheRunAndTheRerunContinuesAtThePushWithoutRepeatingEarlierSteps() throws Exception {
        connectXero();
        xero.down = true;

        Run failed = run("month-end", "--period", "2026-11", "--push");

        assertThat(failed.code()).as(failed.err()).isEqualTo(3);
        assertThat(failed.json().path("complete").asBoolean()).isFalse();
        assertThat(failed.step("sync").path("outcome").asText()).isEqualTo("done");
        assertThat(failed.step("sync").path("result").path("notConnected")).extracting(JsonNode::asText)
                .containsExactly("pax8", "qbo");
        assertThat(failed.step("sync").path("result").path("results")).isNotEmpty();
        assertThat(failed.step("approve").path("result").path("approved").asInt()).isEqualTo(1);
        assertThat(failed.step("push").path("outcome").asText()).isEqualTo("failed");
        assertThat(failed.step("push").path("summary").asText()).contains("503");
        assertThat(failed.step("push").path("result").path("queued").asInt()).isEqualTo(1);
        assertThat(failed.step("reports").path("outcome").asText()).isEqualTo("not-run");
        assertThat(xero.created.get()).isZero();

        xero.down = false;
        int callsBefore = xero.calls.get();
        Run resumed = run("month-end", "--period", "2026-11", "--push");

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.json().path("resumed")).extracting(JsonNode::asText)
                .containsExactly("sync", "reconcile", "generate", "approve");
        assertThat(resumed.err()).contains("sync: skipped, done in an earlier run", "push: running again (it failed in an earlier run)");
        JsonNode push = resumed.step("push").path("result");
        assertThat(push.path("pushed").asInt()).isEqualTo(1);
        assertThat(push.path("calls").asInt()).isEqualTo(1);
        assertThat(push.path("queued").asInt()).isZero();
        assertThat(xero.calls.get() - callsBefore).as("no sync on resume: only the push call").isEqualTo(1);
        assertThat(resumed.step("reports").path("outcome").asText()).isEqualTo("done");
        assertThat(xero.created.get()).isEqualTo(1);

        Run restarted = run("month-end", "--period", "2026-11", "--push", "--restart");
        assertThat(restarted.code()).as(restarted.err()).isZero();
        assertThat(restarted.json().path("resumed")).isEmpty();
        assertThat(restarted.step("generate").path("result").path("invoices").path("unchanged").asInt()).isEqualTo(1);
        assertThat(restarted.step("approve").path("result").path("approved").asInt()).isZero();
        assertThat(xero.created.get()).as("nothing pushed twice").isEqualTo(1);
    }
}
