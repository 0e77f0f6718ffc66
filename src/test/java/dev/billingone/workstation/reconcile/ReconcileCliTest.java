package dev.billingone.workstation.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconcile and missed commands against a real data dir, as a month-end script would call them. */
class ReconcileCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int exit = Cli.run(all.toArray(String[]::new), Map.of(), new PrintWriter(out), new PrintWriter(err), options -> {
        });
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void reconcileThenWorkTheQueueFromTheCommandLine() throws Exception {
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            store.write(session -> {
                Fixtures f = new Fixtures(session);
                f.organization("Acme IT");
                Product seats = f.product("M365-BP", "20.00");
                Product defender = f.product("DEF-P1", "15.00");
                Client a = f.client("Acme Dental");
                f.monthly(a, seats, "12", "20.00");
                f.monthly(a, defender, "3", "15.50");
                f.line(f.billed(a, LocalDate.of(2026, 11, 3), "AUTHORISED"), "M365-BP", "10", "200.00", "20.00");
                Client b = f.client("Beta Builders");
                f.monthly(b, seats, "5", "20.00");
            });
        }
        Path pdf = dir.resolve("rec.pdf");
        Path csv = dir.resolve("rec.csv");
        Run reconcile = run("--json", "reconcile", "--period", "2026-11", "--pdf", pdf.toString(), "--csv", csv.toString());
        assertThat(reconcile.exit()).as(reconcile.err()).isZero();
        JsonNode json = reconcile.json();
        assertThat(json.get("period").asText()).isEqualTo("2026-11");
        assertThat(json.get("clients").asInt()).isEqualTo(2);
        assertThat(json.get("rows").asInt()).isEqualTo(3);
        assertThat(json.get("sold").isTextual()).isTrue();
        assertThat(json.get("sold").asText()).isEqualTo("386.50");
        assertThat(json.get("billed").asText()).isEqualTo("200.00");
        assertThat(json.get("variance").asText()).isEqualTo("186.50");
        assertThat(json.get("missed").get("count").asInt()).isEqualTo(3);
        assertThat(json.get("missed").get("amount").asText()).isEqualTo("186.50");
        assertThat(json.get("pdf").asText()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(pdf).exists();
        assertThat(Files.readAllLines(csv)).hasSize(4);

        JsonNode list = run("--json", "missed", "list", "--period", "2026-11").json();
        assertThat(list.get("count").asInt()).isEqualTo(3);
        assertThat(list.get("amount").get("AUD").asText()).isEqualTo("186.50");
        long first = list.get("items").get(0).get("id").asLong();

        assertThat(run("missed", "snooze", String.valueOf(first), "--until", "2099-01-01").exit()).isEqualTo(2);
        assertThat(run("missed", "apply").exit()).isEqualTo(2);
        assertThat(run("--json", "missed", "dismiss", String.valueOf(first), "--reason", "included in bundle").json()
                .get("dismissed").asInt()).isEqualTo(1);

        JsonNode applied = run("--json", "missed", "apply", "--all-open", "--period", "2026-11", "--reason", "true-up").json();
        assertThat(applied.get("applied").asInt()).isEqualTo(2);
        assertThat(applied.get("amount").get("AUD").asText()).isEqualTo("86.50");
        Run conflict = run("missed", "apply", String.valueOf(first));
        assertThat(conflict.exit()).isEqualTo(4);
        assertThat(conflict.err()).contains("dismissed");

        JsonNode undone = run("--json", "missed", "undo", "--batch", applied.get("batch").asText()).json();
        assertThat(undone.get("reopened").asInt()).isEqualTo(2);
        assertThat(run("--json", "missed", "list").json().get("count").asInt()).isEqualTo(2);
        assertThat(run("missed", "undo", "--batch", "no-such-batch").exit()).isEqualTo(1);
    }
}
