package dev.billingone.workstation.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map suggest|accept|undo} as scripts see them: the JSON shapes of docs/cli.md and the exit codes. */
class MapCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void seed() {
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            for (String name : List.of("Harbour Dental", "Harbour Legal", "Summit Logistics")) {
                MappingTestData.client(store, name, null, null);
            }
            MappingTestData.account(store, ExternalSystem.PAX8, "p-1", "HARBOUR DENTAL PTY LTD", null, null);
            MappingTestData.account(store, ExternalSystem.PAX8, "p-2", "Summit Logistics Inc.", null, null);
            MappingTestData.account(store, ExternalSystem.PAX8, "p-3", "Wattle Tree Childcare", null, null);
        }
    }

    @Test
    void suggestAcceptAndUndoSpeakTheDocumentedJson() throws Exception {
        JsonNode suggested = run("--json", "map", "suggest", "--kind", "clients", "--min-score", "0.5").json();
        JsonNode first = suggested.get("suggestions").get(0);
        assertThat(first.get("system").asText()).isEqualTo("PAX8");
        assertThat(first.get("externalId").asText()).isEqualTo("p-1");
        assertThat(first.get("externalName").asText()).isEqualTo("HARBOUR DENTAL PTY LTD");
        JsonNode best = first.get("candidates").get(0);
        assertThat(best.get("clientName").asText()).isEqualTo("Harbour Dental");
        assertThat(best.get("clientId").asLong()).isPositive();
        assertThat(best.get("score").asDouble()).isBetween(0.9, 1.0);
        assertThat(best.get("reasons").get(0).asText()).isEqualTo("same name");
        assertThat(suggested.get("suggestions")).extracting(node -> node.get("externalId").asText()).doesNotContain("p-3");

        JsonNode dryRun = run("--json", "map", "accept", "--min-score", "0.9", "--dry-run").json();
        assertThat(dryRun.get("accepted")).hasSize(2);
        JsonNode accepted = run("--json", "map", "accept", "--min-score", "0.9").json();
        assertThat(accepted.get("accepted")).extracting(node -> node.get("clientName").asText())
                .containsExactlyInAnyOrder("Harbour Dental", "Summit Logistics");
        assertThat(run("--json", "map", "accept").json().get("accepted")).isEmpty();

        JsonNode undone = run("--json", "map", "undo").json().get("undone");
        assertThat(undone.get("action").asText()).isEqualTo("link");
        assertThat(undone.get("records").asInt()).isEqualTo(2);
        assertThat(run("--json", "map", "suggest").json().get("suggestions")).hasSize(2);
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhatToDo() {
        Run badScore = run("map", "suggest", "--min-score", "90");
        assertThat(badScore.code()).isEqualTo(2);
        assertThat(badScore.err()).contains("--min-score must be between 0 and 1");
        Run badKind = run("map", "suggest", "--kind", "invoices");
        assertThat(badKind.code()).isEqualTo(2);
        assertThat(badKind.err()).contains("use clients or products");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                options -> {
                    throw new AssertionError("the CLI must not open a window");
                });
        return new Run(code, out.toString(), err.toString());
    }
}
