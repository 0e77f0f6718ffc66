package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect xero} headless: the command prints the authorize URL and waits on the loopback redirect; a real
 * HTTP client plays the browser and follows the OAuth server's redirect to the listener.
 */
class ConnectCommandTest {
    @TempDir
    Path dataDir;
    MockOAuth2Server oauth = new MockOAuth2Server();
    MockWebServer xeroApi = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        oauth.start();
        xeroApi.start();
    }

    @AfterEach
    void stop() {
        oauth.shutdown();
        xeroApi.close();
    }

    private List<String> args(String... command) {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--json",
                "--set", "xero.authUrl=" + oauth.authorizationEndpointUrl("xero"),
                "--set", "xero.tokenUrl=" + oauth.tokenEndpointUrl("xero"),
                "--set", "xero.clientId=desktop-app",
                "--set", "xero.scopes=openid offline_access accounting.invoices",
                "--set", "xero.redirectUri=http://127.0.0.1:" + port + "/callback",
                "--set", "xero.connectionsUrl=" + xeroApi.url("/connections")));
        args.addAll(List.of(command));
        return args;
    }

    @Test
    void connectXeroPrintsTheAddressAndCompletesWhenTheBrowserReturnsToTheLoopbackListener() throws Exception {
        xeroApi.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("[{\"tenantId\":\"tenant-acme\",\"tenantType\":\"ORGANISATION\",\"tenantName\":\"Acme Ltd\"}]").build());
        StringWriter out = new StringWriter();
        StringBuffer err = new StringBuffer();
        PrintWriter errWriter = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                err.append(chars, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                Cli.run(args("connect", "xero").toArray(String[]::new), Map.of(), new PrintWriter(out, true), errWriter, o -> { }));

        String authorizeUrl = awaitUrl(err, exit);
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(true).build();
        try (Response page = browser.newCall(new Request.Builder().url(authorizeUrl).build()).execute()) {
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body().string()).contains("return to BillingOne");
        }

        assertThat(exit.get(60, TimeUnit.SECONDS)).as("exit code; stderr: %s", err).isZero();
        JsonNode result = CliContext.json().readTree(out.toString());
        assertThat(result.path("system").asText()).isEqualTo("xero");
        assertThat(result.path("status").asText()).isEqualTo("CONNECTED");
        assertThat(result.path("tenantName").asText()).isEqualTo("Acme Ltd");
        assertThat(result.path("vault").asText()).contains("key file");
        assertThat(Files.exists(dataDir.resolve("token-vault.bin"))).isTrue();
        assertThat(xeroApi.takeRequest().getHeaders().get("Authorization")).startsWith("Bearer ");
    }

    @Test
    void withoutASignInTheCommandGivesUpAndChangesNothing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args("connect", "xero", "--timeout", "1").toArray(String[]::new), Map.of(),
                new PrintWriter(out, true), new PrintWriter(err, true), o -> { });

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("No sign-in arrived within 1 s; nothing was changed");
        assertThat(Files.exists(dataDir.resolve("token-vault.bin"))).isFalse();
    }

    private static String awaitUrl(StringBuffer err, CompletableFuture<Integer> exit) throws InterruptedException {
        Pattern url = Pattern.compile("^(http\\S+/authorize\\S+)$", Pattern.MULTILINE);
        for (int i = 0; i < 600; i++) {
            Matcher matcher = url.matcher(err);
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (exit.isDone()) {
                throw new AssertionError("connect ended before printing the address: " + err);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("connect printed no authorize address: " + err);
    }
}
