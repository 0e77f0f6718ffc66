package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.app.GlobalOptions;
import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.auth.TokenSet;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.notify.NotificationEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync and outbox commands through the real command line, on a real H2 data dir. */
class SyncCommandTest {
    @TempDir
    Path dataDir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "--json";
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), options -> { });
    }

    @Test
    void syncingASystemThatIsNotConnectedFailsWithExit3AndSaysWhatToDo() throws Exception {
        int exit = run("sync", "pax8");

        assertThat(exit).isEqualTo(3);
        JsonNode json = CliContext.json().readTree(out.toString());
        assertThat(json.path("queued").asLong()).isZero();
        JsonNode result = json.path("results").get(0);
        assertThat(result.path("system").asText()).isEqualTo("pax8");
        assertThat(result.path("calls").asInt()).isZero();
        assertThat(result.path("errors").get(0).path("message").asText())
                .startsWith("Pax8 is not connected on this workstation. Connect it in Settings → Integrations");
    }

    @Test
    void syncAllWithNothingConnectedIsDoneAndOutboxListIsEmpty() throws Exception {
        assertThat(run("sync")).isZero();
        assertThat(CliContext.json().readTree(out.toString()).path("results")).isEmpty();
        assertThat(CliContext.json().readTree(out.toString()).path("notifications")).isEmpty();
        out.getBuffer().setLength(0);

        assertThat(run("outbox", "list")).isZero();
        JsonNode list = CliContext.json().readTree(out.toString());
        assertThat(list.path("entries")).isEmpty();
        assertThat(list.path("queued").asLong()).isZero();
    }

    @Test
    void aSyncThatFindsXeroSignedOutEndsWithTheNotificationTheAppWouldShow() throws Exception {
        GlobalOptions options = new GlobalOptions();
        options.setDataDirFromCli(dataDir);
        try (Workstation workstation = Workstation.of(options, Map.of())) {
            // Connected once; the access token has expired and there is no refresh token to renew it with.
            workstation.integrations().connections().connected(ExternalSystem.XERO, StoredCredentials.oauth(
                    new TokenSet("expired-access", null, Instant.now().minusSeconds(600), null), "xero-desktop-app", null,
                    "tenant-acme"), new Tenant("tenant-acme", "Acme Ltd"));
        }

        int exit = run("sync");

        assertThat(exit).isEqualTo(3);
        JsonNode json = CliContext.json().readTree(out.toString());
        assertThat(json.path("results").get(0).path("resource").asText()).isEqualTo("connection");
        JsonNode news = json.path("notifications");
        assertThat(news).hasSize(1);
        assertThat(news.get(0).path("event").asText()).isEqualTo(NotificationEvent.INTEGRATION_NEEDS_REAUTH.key());
        assertThat(news.get(0).path("text").asText())
                .isEqualTo("Xero needs you to sign in again; until then its sync and pushes wait.");
        assertThat(news.get(0).path("link").asText()).isEqualTo(NotificationEvent.INTEGRATION_NEEDS_REAUTH.link());
    }

    @Test
    void anUnknownSystemIsAUsageError() {
        assertThat(run("sync", "myob")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown system 'myob'; use pax8, xero, qbo or all.");
    }
}
