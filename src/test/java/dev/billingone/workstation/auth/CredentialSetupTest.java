package dev.billingone.workstation.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client-credential and API-key systems: each form validates live against its configured endpoint. */
class CredentialSetupTest {
    @TempDir
    Path dir;
    MockWebServer remote = new MockWebServer();
    MutableClock clock = new MutableClock(Instant.now());
    OAuthFixture fixture;
    Integrations integrations;

    @BeforeEach
    void start() throws Exception {
        remote.start();
        fixture = new OAuthFixture(dir, clock, Map.of());
        integrations = fixture.withSettings(Map.of(
                "pax8.tokenUrl", remote.url("/v1/token").toString(),
                "superops.apiBaseUrl", remote.url("/msp").toString(),
                "synergy.apiBaseUrl", remote.url("/soap").toString()));
    }

    @AfterEach
    void stop() throws Exception {
        remote.close();
        fixture.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void pax8IsValidatedByFetchingATokenAndRenewedWhenItExpires() throws Exception {
        remote.enqueue(json(200, "{\"access_token\":\"pax8-first\",\"expires_in\":86400,\"token_type\":\"Bearer\"}"));
        ConnectionSummary summary = integrations.credentials().connectPax8(" pax8-id ", "pax8-secret");

        assertThat(summary.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(summary.authMethod()).isEqualTo(AuthMethod.CLIENT_CREDENTIALS);
        RecordedRequest request = remote.takeRequest();
        assertThat(request.getBody().utf8()).contains("\"client_id\":\"pax8-id\"").contains("\"grant_type\":\"client_credentials\"")
                .contains("\"audience\":\"https://api.pax8.com\"");
        assertThat(integrations.tokens().current(ExternalSystem.PAX8).value()).isEqualTo("pax8-first");

        clock.advance(Duration.ofHours(24));
        remote.enqueue(json(200, "{\"access_token\":\"pax8-second\",\"expires_in\":86400}"));
        assertThat(integrations.tokens().current(ExternalSystem.PAX8).value()).isEqualTo("pax8-second");
    }

    @Test
    void aWrongPax8SecretIsExplainedAndNothingIsStored() {
        remote.enqueue(json(401, "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}"));

        assertThatThrownBy(() -> integrations.credentials().connectPax8("pax8-id", "typo"))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.WRONG_CLIENT))
                .hasMessageContaining("Pax8 rejected the client id or secret");
        assertThat(integrations.connections().summary(ExternalSystem.PAX8).status()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
        assertThat(integrations.connections().vault().get(ExternalSystem.PAX8)).isEmpty();
    }

    @Test
    void superOpsSendsTokenAndSubdomainAndReportsGraphQlErrors() throws Exception {
        remote.enqueue(json(200, "{\"errors\":[{\"message\":\"Invalid subdomain\"}]}"));
        assertThatThrownBy(() -> integrations.credentials().connectSuperOps("acme", "token-1"))
                .hasMessageContaining("Invalid subdomain");
        RecordedRequest rejected = remote.takeRequest();
        assertThat(rejected.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(rejected.getHeaders().get("CustomerSubDomain")).isEqualTo("acme");

        remote.enqueue(json(200, "{\"data\":{\"getClientList\":{\"listInfo\":{\"totalCount\":12}}}}"));
        ConnectionSummary summary = integrations.credentials().connectSuperOps("acme.superops.ai", "token-2");
        assertThat(summary.tenantName()).isEqualTo("acme.superops.ai");
        assertThat(integrations.tokens().current(ExternalSystem.SUPEROPS).value()).isEqualTo("token-2");
        assertThat(integrations.tokens().current(ExternalSystem.SUPEROPS).tenantId()).isEqualTo("acme");
        assertThatThrownBy(() -> integrations.credentials().connectSuperOps("not a subdomain!", "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("acme.superops.ai");
    }

    @Test
    void synergyChecksTheResellerWithABalanceQuery() throws Exception {
        remote.enqueue(new MockResponse.Builder().code(200).body("<SOAP-ENV:Envelope><SOAP-ENV:Body><return>"
                + "<status>ERR_LOGIN_FAILED</status><errorMessage>Unable to login, IP not allowed</errorMessage>"
                + "</return></SOAP-ENV:Body></SOAP-ENV:Envelope>").build());
        assertThatThrownBy(() -> integrations.credentials().connectSynergy("1234", "key-1"))
                .isInstanceOfSatisfying(OAuthFailure.class, f -> assertThat(f.problem()).isEqualTo(Problem.WRONG_CLIENT))
                .hasMessageContaining("IP not allowed");
        assertThat(remote.takeRequest().getBody().utf8()).contains("<resellerID>1234</resellerID>").contains("balanceQuery");

        remote.enqueue(new MockResponse.Builder().code(200).body("<Envelope><return><status>OK</status>"
                + "<balance>120.50</balance></return></Envelope>").build());
        assertThat(integrations.credentials().connectSynergy("1234", "key-2").status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThatThrownBy(() -> integrations.credentials().connectSynergy("abc", "key"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reseller id");
    }

    @Test
    void aXeroCustomConnectionUsesClientCredentialsAndItsOneOrganisation() {
        fixture.connectionsBody = "[{\"tenantId\":\"tenant-custom\",\"tenantType\":\"ORGANISATION\",\"tenantName\":\"Custom Co\"}]";

        ConnectionSummary summary = integrations.credentials().connectXeroCustom("custom-id", "custom-secret");

        assertThat(summary.tenantName()).isEqualTo("Custom Co");
        assertThat(summary.authMethod()).isEqualTo(AuthMethod.CLIENT_CREDENTIALS);
        assertThat(integrations.tokens().current(ExternalSystem.XERO).tenantId()).isEqualTo("tenant-custom");
        assertThat(integrations.credentials().test(ExternalSystem.XERO)).contains("still shared");
    }
}
