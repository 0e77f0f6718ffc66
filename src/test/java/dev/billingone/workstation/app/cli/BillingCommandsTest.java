package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.app.GlobalOptions;
import dev.billingone.workstation.billing.BillingTestData;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and approve as scripts see them: JSON per docs/cli.md, money as strings, exit codes. */
class BillingCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                (GlobalOptions options) -> {
                    throw new AssertionError("the CLI must not open a window");
                });
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void generateDryRunThenForRealThenApproveAll() throws Exception {
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            BillingTestData.twoClientsOneParked(store);
        }

        JsonNode dry = run("--json", "generate", "--period", "2026-11", "--dry-run").json();
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(dry.path("clients").asInt()).isEqualTo(2);
        assertThat(dry.path("invoices").path("created").asInt()).isEqualTo(1);
        assertThat(dry.path("total").isTextual()).isTrue();
        assertThat(dry.path("total").asText()).isEqualTo("165.00");
        assertThat(dry.path("currency").asText()).isEqualTo("AUD");
        assertThat(dry.path("parked").get(0).path("reason").asText()).contains("has no price");
        assertThat(dry.path("review").get(0).path("changes").get(0).path("kind").asText()).isEqualTo("new");

        Run generated = run("--json", "generate", "--period", "2026-11");
        assertThat(generated.code()).isZero();
        assertThat(generated.json().path("invoices").path("created").asInt()).isEqualTo(1);
        assertThat(generated.json().path("lines").asInt()).isEqualTo(1);
        JsonNode rerun = run("--json", "generate", "--period", "2026-11").json();
        assertThat(rerun.path("invoices").path("unchanged").asInt()).isEqualTo(1);
        assertThat(rerun.path("invoices").path("created").asInt()).isZero();

        Run approve = run("--json", "approve", "--period", "2026-11", "--all");
        assertThat(approve.code()).isZero();
        assertThat(approve.json().path("approved").asInt()).isEqualTo(1);
        assertThat(run("approve", "--period", "2026-11").code()).isEqualTo(2);
        assertThat(run("generate", "--period", "November").code()).isEqualTo(1);
    }
}
