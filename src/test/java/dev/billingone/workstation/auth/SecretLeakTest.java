package dev.billingone.workstation.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.billingone.workstation.core.ExternalSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Connects Xero (OAuth, then a rotation and a failed refresh) and Pax8 (client secret) with every log at DEBUG,
 * then looks for each token and secret in the database file, the audit rows, every other file of the data dir
 * and the log: none may appear anywhere but (encrypted) in the vault.
 */
class SecretLeakTest {
    @TempDir
    Path dir;

    @Test
    void tokensAndSecretsAppearNowhereButEncryptedInTheVault() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previousLevel = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        List<String> secrets = new ArrayList<>();
        MutableClock clock = new MutableClock(Instant.now());
        try (MockWebServer pax8 = new MockWebServer(); MockWebServer failingIdentity = new MockWebServer()) {
            pax8.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"pax8-token-d41d8\",\"expires_in\":86400}").build());
            pax8.start();
            failingIdentity.enqueue(new MockResponse.Builder().code(400)
                    .body("{\"error\":\"invalid_grant\",\"error_description\":\"bad refresh token\"}").build());
            failingIdentity.start();
            try (OAuthFixture fixture = new OAuthFixture(dir, clock, Map.of("pax8.tokenUrl", pax8.url("/token").toString()))) {
                OAuthSession session = fixture.integrations.beginOAuth(ExternalSystem.XERO, null, null);
                OAuthSession.Authorized authorized = session.finish(OAuthFixture.browse(session.authorizationUrl())).orElseThrow();
                session.save(authorized, authorized.tenants().get(0));
                collect(secrets, fixture.vault.get(ExternalSystem.XERO).orElseThrow());

                clock.advance(Duration.ofMinutes(58));
                fixture.integrations.tokens().current(ExternalSystem.XERO);
                collect(secrets, fixture.vault.get(ExternalSystem.XERO).orElseThrow());

                fixture.integrations.credentials().connectPax8("pax8-client", "pax8-secret-8f14e");
                collect(secrets, fixture.vault.get(ExternalSystem.PAX8).orElseThrow());

                clock.advance(Duration.ofMinutes(58));
                try {
                    fixture.withSettings(Map.of("xero.tokenUrl", failingIdentity.url("/token").toString()))
                            .tokens().current(ExternalSystem.XERO);
                } catch (OAuthFailure expected) {
                    secrets.forEach(secret -> assertThat(expected.getMessage()).doesNotContain(secret));
                }
                String auditRows = fixture.store.read(session2 -> session2.doReturningWork(connection -> {
                    StringBuilder rows = new StringBuilder();
                    try (var statement = connection.createStatement();
                         var result = statement.executeQuery("SELECT * FROM audit_event")) {
                        while (result.next()) {
                            for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                                rows.append(result.getString(column)).append('|');
                            }
                        }
                    }
                    return rows.toString();
                }));
                assertThat(auditRows).contains("XERO").contains("PAX8");
                secrets.forEach(secret -> assertThat(auditRows).doesNotContain(secret));
            }
        } finally {
            root.detachAppender(log);
            root.setLevel(previousLevel);
        }

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(TokenVault.FILE)).toList();
        }
        assertThat(files).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(content).as("%s must not contain a secret", file.getFileName()).doesNotContain(secret);
            }
        }
        List<String> ourLog = log.list.stream()
                .filter(event -> !event.getLoggerName().startsWith("no.nav")) // the test OAuth server's own log
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
        assertThat(ourLog).anyMatch(line -> line.contains("XERO needs to be connected again"));
        for (String line : ourLog) {
            secrets.forEach(secret -> assertThat(line).doesNotContain(secret));
        }
    }

    private static void collect(List<String> secrets, StoredCredentials credentials) {
        for (String value : new String[] {credentials.accessToken(), credentials.refreshToken(), credentials.clientSecret()}) {
            if (value != null && !secrets.contains(value)) {
                secrets.add(value);
            }
        }
    }
}
