package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.deeplink.DeepLinkParser;
import dev.billingone.workstation.app.deeplink.LinkReceiver;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteInbox;
import dev.billingone.workstation.app.deeplink.SingleInstance;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.ui.shell.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real second JVM runs {@code billingone open URL} / {@code triage} against the data dir of an instance running
 * in this JVM: the link arrives here, the second process exits 0 (or 1 with the reason), and it never loads JavaFX.
 */
class OpenCommandProcessTest {
    @TempDir
    Path dataDir;

    private Store store;
    private SingleInstance instance;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private long clientId;

    @BeforeEach
    void runFirstInstance() throws IOException {
        store = Store.open(TestDatabases.h2(dataDir));
        clientId = store.inTransaction(session -> {
            Client client = new Client();
            client.setName("Acme Dental");
            client.setCurrency("AUD");
            session.persist(client);
            return client.getId();
        });
        RouteInbox inbox = new RouteInbox();
        inbox.attach(routes::add);
        instance = SingleInstance.listen(dataDir, new LinkReceiver(() -> store,
                new DeepLinkParser("https://app.billingone.dev"), inbox)).orElseThrow();
    }

    @AfterEach
    void stop() {
        instance.close();
        store.close();
    }

    @Test
    void aSecondProcessForwardsTheLinkExitsZeroAndNeverLoadsJavaFx() throws Exception {
        Result client = run("--json", "open", "https://app.billingone.dev/clients/" + clientId);

        assertThat(client.exit).as(client.err).isZero();
        assertThat(client.out.trim()).isEqualTo("{\"link\":\"billingone://clients/" + clientId + "\",\"forwarded\":true}");
        assertThat(routes).containsExactly(Route.client(clientId));
        assertThat(client.classesLoaded).contains("dev.billingone.workstation.app.cli.OpenCommand").doesNotContain("javafx.");
    }

    @Test
    void anUnknownClientIsRefusedByTheRunningInstanceAndTheSecondProcessExitsOne() throws Exception {
        Result unknownClient = run("open", "billingone://clients/987654321");

        assertThat(unknownClient.exit).isEqualTo(1);
        assertThat(unknownClient.err).contains("There is no client 987654321");
        assertThat(routes).isEmpty();
    }

    @Test
    void everyRouteAndTriageReachTheRunningInstanceThroughTheCommands() {
        List<String> links = List.of("billingone://dashboard", "billingone://invoices", "billingone://contracts",
                "billingone://missed-billing", "billingone://generated-invoices?status=approved",
                "https://app.billingone.dev/settings/integrations", "billingone://clients/" + clientId);
        links.forEach(link -> assertThat(cli("open", link)).as(link).isZero());
        assertThat(cli("triage")).isZero();

        assertThat(routes).containsExactly(Route.of(Section.DASHBOARD), Route.of(Section.INVOICES), Route.of(Section.CONTRACTS),
                Route.of(Section.MISSED_BILLING), Route.of(Section.GENERATED_INVOICES, Map.of("status", "approved")),
                Route.of(Section.SETTINGS, Map.of(Route.PAGE, "integrations")), Route.client(clientId), Route.triage());
    }

    @Test
    void anUnknownPageIsExplainedWithoutAskingTheRunningInstance() {
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"--data-dir", dataDir.toString(), "open", "billingone://reports"}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err), options -> {
                    throw new AssertionError("must not open a window");
                });

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("BillingOne has no page for billingone://reports");
        assertThat(routes).isEmpty();
    }

    /** The commands in this JVM: the same forwarding as a second process, minus the JVM start. */
    private int cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), options -> {
                    throw new AssertionError("must not open a window");
                });
    }

    private record Result(int exit, String out, String err, String classesLoaded) {
    }

    private Result run(String... args) throws Exception {
        Path classLog = Files.createTempFile(dataDir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "dev.billingone.workstation.app.Launcher", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("second process finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Files.readString(classLog, StandardCharsets.UTF_8));
    }
}
