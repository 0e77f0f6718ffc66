package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import/export contract of docs/cli.md: JSON shape, exit codes, round trip. */
class ImportExportCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return CliContext.json().readTree(out);
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = Cli.run(all, Map.of(), new PrintWriter(out), new PrintWriter(err), options -> { });
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void dryRunJsonHasTheContractShapeAndErrorsExitWithOne() throws Exception {
        Path file = Files.writeString(dir.resolve("items.csv"), "SKU,Name,Unit price,Currency\nA-1,Good,5,AUD\nA-2,Bad,\"12,50\",AUD\n");
        Run run = run("--json", "import", "catalog", file.toString(), "--dry-run");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("kind").asText()).isEqualTo("catalog");
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("created").asInt()).isEqualTo(1);
        assertThat(json.get("updated").asInt()).isZero();
        assertThat(json.get("unchanged").asInt()).isZero();
        JsonNode error = json.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asText()).isEqualTo("Unit price");
        assertThat(error.get("value").asText()).isEqualTo("12,50");
        assertThat(error.get("message").asText()).startsWith("looks like a decimal comma");

        Run fixed = run("--json", "import", "catalog", file.toString(), "--decimal-comma");
        assertThat(fixed.exit()).as(fixed.err()).isZero();
        assertThat(fixed.json().get("created").asInt()).isEqualTo(2);

        Path exported = dir.resolve("out.csv");
        assertThat(run("export", "catalog", exported.toString()).exit()).isZero();
        Run again = run("--json", "import", "catalog", exported.toString(), "--dry-run");
        assertThat(again.exit()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().get("created").asInt() + again.json().get("updated").asInt()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("import", "widgets", "x.csv").exit()).isEqualTo(2);
        assertThat(run("import", "catalog", "x.csv", "--delimiter", "|").exit()).isEqualTo(2);
    }
}
