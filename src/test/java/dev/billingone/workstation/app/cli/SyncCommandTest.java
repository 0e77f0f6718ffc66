package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
        JsonNode json = CliContext.JSON.readTree(out.toString());
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
        assertThat(CliContext.JSON.readTree(out.toString()).path("results")).isEmpty();
        out.getBuffer().setLength(0);

        assertThat(run("outbox", "list")).isZero();
        JsonNode list = CliContext.JSON.readTree(out.toString());
        assertThat(list.path("entries")).isEmpty();
        assertThat(list.path("queued").asLong()).isZero();
    }

    @Test
    void anUnknownSystemIsAUsageError() {
        assertThat(run("sync", "myob")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown system 'myob'; use pax8, xero, qbo or all.");
    }
}
