package dev.billingone.workstation.ui.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.auth.ConnectionStatus;
import dev.billingone.workstation.auth.ConnectionSummary;
import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.OAuthFixture;
import dev.billingone.workstation.auth.OAuthSession;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.auth.TokenSet;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The embedded-browser sign-in driven in a real (headless) WebView against a real OAuth server. */
@GuiTest
class OAuthBrowserDialogTest {
    @TempDir
    Path dir;
    OAuthFixture fixture;
    OAuthBrowserDialog dialog;
    final AtomicReference<ConnectionSummary> connected = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        if (dialog != null && fixture != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.stage().close()).get(10, TimeUnit.SECONDS);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(Integrations integrations, java.util.function.Consumer<String> systemBrowser) throws Exception {
        OAuthSession session = integrations.beginOAuth(ExternalSystem.XERO, null, null);
        WaitForAsyncUtils.asyncFx(() -> {
            dialog = new OAuthBrowserDialog(null, session, tenants -> Optional.of(tenants.get(1)), systemBrowser, connected::set);
            dialog.show();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWebViewFollowsTheSignInAndTheRedirectIsCapturedFromItsLocation() throws Exception {
        fixture = new OAuthFixture(dir, Clock.systemUTC(), Map.of());
        open(fixture.integrations, url -> { });

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> connected.get() != null);

        assertThat(connected.get().status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(connected.get().tenantName()).isEqualTo("Beta Pty");
        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(fixture.integrations.tokens().current(ExternalSystem.XERO).tenantId()).isEqualTo("tenant-beta");
    }

    /**
     * The provider's sign-in page: shown to the embedded browser (it stays there until the user acts); any other
     * client (the "system browser") is sent on to the real OAuth server's authorize endpoint, as a signed-in user would be.
     */
    private Integrations withSignInPage(MockWebServer page) throws IOException {
        page.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (String.valueOf(request.getHeaders().get("User-Agent")).contains("JavaFX")) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                            .body("<html><head><title>Sign in</title></head><body><h1>Sign in to Xero</h1>"
                                    + "<form><input name='email'><input type='password' name='password'></form></body></html>").build();
                }
                return new MockResponse.Builder().code(302).addHeader("Location",
                        fixture.oauth.authorizationEndpointUrl("xero") + "?" + request.getUrl().encodedQuery()).build();
            }
        });
        page.start();
        return fixture.withSettings(Map.of("xero.authUrl", page.url("/identity/connect/authorize").toString()));
    }

    @Test
    void cancellingOnTheProvidersPageLeavesThePreviousConnectionUntouched(FxRobot robot) throws Exception {
        fixture = new OAuthFixture(dir, Clock.systemUTC(), Map.of());
        StoredCredentials previous = StoredCredentials.oauth(
                new TokenSet("old-access", "old-refresh", Instant.now().plusSeconds(1800), null), "xero-desktop-app", null, "tenant-acme");
        fixture.integrations.connections().connected(ExternalSystem.XERO, previous, new Tenant("tenant-acme", "Acme Ltd"));
        try (MockWebServer page = new MockWebServer()) {
            open(withSignInPage(page), url -> { });
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, this::pageLoaded);

            FxWait.clickOn(robot, "#cancelConnect");
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(connected.get()).isNull();
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.XERO)).contains(previous);
        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).tenantName()).isEqualTo("Acme Ltd");
    }

    @Test
    void useMyWebBrowserCompletesThroughTheLoopbackListener(FxRobot robot) throws Exception {
        fixture = new OAuthFixture(dir, Clock.systemUTC(), Map.of());
        CompletableFuture<Integer> browserDone = new CompletableFuture<>();
        try (MockWebServer page = new MockWebServer()) {
            // The "system browser": a real HTTP client that follows the provider's redirects to the loopback listener.
            open(withSignInPage(page), url -> CompletableFuture.runAsync(() -> browserDone.complete(browse(url))));
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, this::pageLoaded);

            FxWait.clickOn(robot, "#useSystemBrowser");

            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> connected.get() != null);
        }
        assertThat(browserDone.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(connected.get().tenantName()).isEqualTo("Beta Pty");
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    private boolean pageLoaded() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> dialog.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED)
                .get(10, TimeUnit.SECONDS);
    }

    private static int browse(String url) {
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(true).build();
        try (Response response = browser.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
