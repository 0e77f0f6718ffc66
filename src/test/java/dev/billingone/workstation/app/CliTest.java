package dev.billingone.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of docs/cli.md: exit codes, one JSON object on stdout, one clear sentence on errors. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    private Run runWithEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), env, new PrintWriter(out, true), new PrintWriter(err, true),
                options -> {
                    throw new AssertionError("the CLI must not open a window");
                });
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version").out()).startsWith("BillingOne Workstation");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("demo", "db").contains("Exit codes");
    }

    @Test
    void globalOptionsAloneOpenTheMainWindowWithThem() {
        List<GlobalOptions> opened = new ArrayList<>();
        int code = Cli.run(new String[] {"--data-dir", dir.toString(), "--set", "web.baseUrl=https://x.test"}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), opened::add);
        assertThat(code).isZero();
        assertThat(opened).singleElement().satisfies(options -> {
            assertThat(options.dataDir()).isEqualTo(dir);
            assertThat(options.overrides()).containsEntry("web.baseUrl", "https://x.test");
        });
    }

    @Test
    void noArgumentsOpenTheMainWindowAndItsFailureIsReportedLikeACommands() {
        List<GlobalOptions> opened = new ArrayList<>();
        assertThat(Cli.run(new String[0], Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                opened::add)).isZero();
        assertThat(opened).singleElement().satisfies(options -> assertThat(options.dataDir()).isNull());

        StringWriter err = new StringWriter();
        int code = Cli.run(new String[0], Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err, true), options -> {
            throw new dev.billingone.workstation.core.InvalidInputException("The data dir is not writable.");
        });
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("error: The data dir is not writable.");
    }

    @Test
    void misspelledGlobalOptionIsAUsageErrorNotAWindow() {
        Run bogus = run("--data-dri", "x");
        assertThat(bogus.code()).isEqualTo(2);
        assertThat(bogus.err()).contains("--data-dri");
    }

    @Test
    void usageErrorsExitTwo() {
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
        assertThat(run("demo", "--clients").code()).isEqualTo(2);
    }

    @Test
    void demoThenDbInfoAsJson() throws Exception {
        Run demo = run("demo", "--clients", "4", "--seed", "9", "--period", "2026-11", "--json");
        assertThat(demo.code()).as(demo.err()).isZero();
        JsonNode summary = demo.json();
        assertThat(summary.get("clients").asInt()).isEqualTo(4);
        assertThat(summary.get("period").asText()).isEqualTo("2026-11");
        assertThat(demo.err()).contains("Creating the demo organisation");

        Run info = run("db", "info", "--json");
        assertThat(info.code()).isZero();
        assertThat(info.json().get("rows").get("client").asLong()).isEqualTo(4);
        assertThat(info.json().get("schemaVersion").asText()).isNotBlank();
    }

    @Test
    void aSecondDemoIsAConflictAndChangesNothing() {
        assertThat(run("demo", "--clients", "2").code()).isZero();
        Run again = run("demo", "--clients", "3");
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("error: ").contains("--replace").doesNotContain("Exception");
        assertThat(run("demo", "--clients", "3", "--replace").code()).isZero();
    }

    @Test
    void invalidPeriodIsInvalidInput() {
        Run bad = run("demo", "--period", "2026-13");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("YYYY-MM");
    }

    @Test
    void unwritableDataDirIsOneClearSentence() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", "/proc/billingone-cannot-exist", "db", "info"}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true), o -> { });
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot write to the data dir").contains("--data-dir").doesNotContain("\tat ");
    }

    @Test
    void unreachableDatabaseServerIsARemoteFailure() {
        Run run = run("--db", "jdbc:postgresql://127.0.0.1:1/billingone?connectTimeout=2", "db", "info");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("Cannot reach the database server").doesNotContain("\tat ");
    }

    @Test
    void wrongDatabasePasswordSaysWhichSettingToCheck() {
        DatabaseTarget pg = TestDatabases.freshPostgres();
        Run run = runWithEnv(Map.of("BILLINGONE_DB_PASSWORD", "definitely-wrong"),
                "--db", pg.jdbcUrl(), "--db-user", pg.user(), "db", "info");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("refused the user name or password").contains("BILLINGONE_DB_PASSWORD");
    }

    @Test
    void damagedDatabaseFileIsNamedWithWhatToDo() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(dir.resolve("billingone.mv.db"), garbage);
        Run run = run("db", "info");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("damaged").contains("backup").doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run run = run("--verbose", "demo", "--period", "nope");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("\tat ");
    }
}
