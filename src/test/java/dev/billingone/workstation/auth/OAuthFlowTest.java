package dev.billingone.workstation.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.AccessToken;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Xero/QBO sign-in, refresh and revocation against a real OAuth server (code + PKCE S256 + state). */
class OAuthFlowTest {
    @TempDir
    Path dir;
    MutableClock clock;
    OAuthFixture fixture;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.now());
        fixture = new OAuthFixture(dir, clock, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private ConnectionSummary connectXero(int tenantIndex) {
        OAuthSession session = fixture.integrations.beginOAuth(ExternalSystem.XERO, null, null);
        OAuthSession.Authorized authorized = session.finish(OAuthFixture.browse(session.authorizationUrl())).orElseThrow();
        return session.save(authorized, authorized.tenants().get(tenantIndex));
    }

    @Test
    void fullCodeFlowWithPkceStoresTokensForTheChosenOrganisation() {
        OAuthSession session = fixture.integrations.beginOAuth(ExternalSystem.XERO, null, null);
        HttpUrl authorize = HttpUrl.get(session.authorizationUrl());
        assertThat(authorize.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.queryParameter("code_challenge")).isNotBlank();
        assertThat(authorize.queryParameter("state")).hasSizeGreaterThan(20);

        String location = OAuthFixture.browse(session.authorizationUrl());
        assertThat(session.isRedirect(location)).isTrue();
        OAuthSession.Authorized authorized = session.finish(location).orElseThrow();
        assertThat(authorized.needsChoice()).isTrue();
        assertThat(authorized.tenants()).extracting(Tenant::name).containsExactly("Acme Ltd", "Beta Pty");

        ConnectionSummary summary = session.save(authorized, authorized.tenants().get(1));

        assertThat(summary.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(summary.tenantName()).isEqualTo("Beta Pty");
        assertThat(summary.onThisWorkstation()).isTrue();
        assertThat(summary.tokenExpiresAt()).isAfter(clock.instant());
        AccessToken token = fixture.integrations.tokens().current(ExternalSystem.XERO);
        assertThat(token.tenantId()).isEqualTo("tenant-beta");
        assertThat(token.value()).isEqualTo(authorized.tokens().accessToken());
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow().refreshToken()).isNotBlank();
    }

    @Test
    void aRedirectWithAnotherStateIsRefusedAndNothingIsStored() {
        OAuthSession session = fixture.integrations.beginOAuth(ExternalSystem.XERO, null, null);
        String location = OAuthFixture.browse(session.authorizationUrl());
        String forged = HttpUrl.get(location).newBuilder().setQueryParameter("state", "attacker-state").build().toString();

        assertThatThrownBy(() -> session.finish(forged))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.STATE_MISMATCH))
                .hasMessageContaining("forgery");
        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).status()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.XERO)).isEmpty();
    }

    @Test
    void denyingAccessLeavesThePreviousConnectionUntouched() {
        connectXero(0);
        StoredCredentials before = fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow();

        OAuthSession again = fixture.integrations.beginOAuth(ExternalSystem.XERO, null, null);
        String state = HttpUrl.get(again.authorizationUrl()).queryParameter("state");
        String denied = again.request().redirectUri() + "?error=access_denied&state=" + state;

        assertThatThrownBy(() -> again.finish(denied))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.DENIED))
                .hasMessageContaining("not granted");
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.XERO)).contains(before);
        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).tenantName()).isEqualTo("Acme Ltd");
    }

    @Test
    void anExpiringTokenIsRefreshedAndTheRotatedRefreshTokenSavedBeforeUse() {
        connectXero(0);
        StoredCredentials first = fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow();
        AccessToken before = fixture.integrations.tokens().current(ExternalSystem.XERO);
        assertThat(before.value()).isEqualTo(first.accessToken());

        clock.advance(Duration.between(clock.instant(), first.accessExpiresAt()).minus(Duration.ofMinutes(2)));
        AccessToken after = fixture.integrations.tokens().current(ExternalSystem.XERO);

        StoredCredentials saved = fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow();
        assertThat(after.value()).isNotEqualTo(before.value()).isEqualTo(saved.accessToken());
        assertThat(saved.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(after.expiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).tokenExpiresAt()).isEqualTo(saved.accessExpiresAt());
        // Fresh enough now: the next call uses the saved token without asking the provider.
        assertThat(fixture.integrations.tokens().current(ExternalSystem.XERO).value()).isEqualTo(after.value());
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndAnInvalidGrantMeansReauthorisationWithoutLooping() throws Exception {
        connectXero(0);
        List<ConnectionSummary> heard = new CopyOnWriteArrayList<>();
        fixture.integrations.connections().addListener(heard::add);
        AccessToken rejected = fixture.integrations.tokens().current(ExternalSystem.XERO);

        AccessToken renewed = fixture.integrations.tokens().refreshAfterRejection(ExternalSystem.XERO, rejected);
        assertThat(renewed.value()).isNotEqualTo(rejected.value());

        try (MockWebServer identity = new MockWebServer()) {
            identity.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                    .body("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired\"}").build());
            identity.start();
            Integrations expiredAtProvider = fixture.withSettings(Map.of("xero.tokenUrl", identity.url("/connect/token").toString()));
            expiredAtProvider.connections().addListener(heard::add);
            assertThatThrownBy(() -> expiredAtProvider.tokens().refreshAfterRejection(ExternalSystem.XERO, renewed))
                    .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.NEEDS_REAUTH));
            assertThat(identity.getRequestCount()).isEqualTo(1);
        }

        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(heard).extracting(ConnectionSummary::status).contains(ConnectionStatus.NEEDS_REAUTH);
        StoredCredentials dead = fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow();
        assertThat(dead.refreshToken()).isNull();
        assertThat(dead.clientId()).isEqualTo("xero-desktop-app");
        // No refresh token left: later calls fail at once instead of asking the provider again and again.
        assertThatThrownBy(() -> fixture.integrations.tokens().current(ExternalSystem.XERO))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.NEEDS_REAUTH));
    }

    @Test
    void disconnectRevokesAtTheProviderAndDeletesTheLocalTokens() throws Exception {
        connectXero(0);
        String refreshToken = fixture.integrations.connections().vault().get(ExternalSystem.XERO).orElseThrow().refreshToken();

        ConnectionService.DisconnectResult result = fixture.integrations.connections().disconnect(ExternalSystem.XERO);

        assertThat(result.revokedAtProvider()).isTrue();
        okhttp3.mockwebserver.RecordedRequest revoke = fixture.oauth.takeRequest(5, TimeUnit.SECONDS);
        while (!revoke.getPath().endsWith("/revoke")) {
            revoke = fixture.oauth.takeRequest(5, TimeUnit.SECONDS);
        }
        assertThat(revoke.getBody().readUtf8()).contains("token=" + refreshToken).contains("token_type_hint=refresh_token");
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.XERO)).isEmpty();
        assertThat(fixture.integrations.connections().summary(ExternalSystem.XERO).status()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
        assertThatThrownBy(() -> fixture.integrations.tokens().current(ExternalSystem.XERO)).hasMessageContaining("not connected");
    }

    @Test
    void qboTakesTheCompanyFromTheRedirectEvenOnAnHttpsRedirectUri() {
        OAuthSession session = fixture.integrations.beginOAuth(ExternalSystem.QBO, null, "qbo-secret");
        String location = OAuthFixture.browse(session.authorizationUrl());
        assertThat(location).startsWith("https://app.example.com/qbo/callback?");
        // Intuit appends the company's realmId to the redirect; the generic OAuth server does not.
        OAuthSession.Authorized authorized = session.finish(location + "&realmId=9130350").orElseThrow();

        ConnectionSummary summary = session.save(authorized, authorized.tenants().get(0));

        assertThat(summary.tenantId()).isEqualTo("9130350");
        assertThat(summary.tenantName()).isEqualTo("Quick Co");
        assertThat(fixture.integrations.tokens().current(ExternalSystem.QBO).tenantId()).isEqualTo("9130350");
        assertThat(fixture.integrations.connections().vault().get(ExternalSystem.QBO).orElseThrow().clientSecret()).isEqualTo("qbo-secret");
    }

    @Test
    void aWrongComputerClockIsNamedAsTheCause() throws Exception {
        try (MockWebServer identity = new MockWebServer()) {
            identity.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                    .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                    .body("{\"error\":\"invalid_grant\"}").build());
            identity.start();
            clock.advance(Duration.ofHours(2));
            Integrations skewed = fixture.withSettings(Map.of("xero.tokenUrl", identity.url("/connect/token").toString()));
            OAuthSession session = skewed.beginOAuth(ExternalSystem.XERO, null, null);
            String state = HttpUrl.get(session.authorizationUrl()).queryParameter("state");

            assertThatThrownBy(() -> session.finish(session.request().redirectUri() + "?code=abc&state=" + state))
                    .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.CLOCK_SKEW))
                    .hasMessageContaining("clock is off by about 120 minutes");
        }
    }

    @Test
    void aWrongClientIdAndAnUnreachableProviderAreToldApart() throws Exception {
        try (MockWebServer identity = new MockWebServer()) {
            identity.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                    .body("{\"error\":\"invalid_client\"}").build());
            identity.start();
            Integrations wrongClient = fixture.withSettings(Map.of("xero.tokenUrl", identity.url("/connect/token").toString()));
            OAuthSession session = wrongClient.beginOAuth(ExternalSystem.XERO, null, null);
            String state = HttpUrl.get(session.authorizationUrl()).queryParameter("state");
            assertThatThrownBy(() -> session.finish(session.request().redirectUri() + "?code=abc&state=" + state))
                    .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.WRONG_CLIENT))
                    .hasMessageContaining("xero-desktop-app");
        }
        Integrations down = fixture.withSettings(Map.of("xero.tokenUrl", "http://127.0.0.1:" + OAuthFixture.freePort() + "/token"));
        OAuthSession session = down.beginOAuth(ExternalSystem.XERO, null, null);
        String state = HttpUrl.get(session.authorizationUrl()).queryParameter("state");
        assertThatThrownBy(() -> session.finish(session.request().redirectUri() + "?code=abc&state=" + state))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.PROVIDER_DOWN))
                .hasMessageContaining("did not answer");
    }
}
