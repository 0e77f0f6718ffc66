package dev.billingone.workstation.auth;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real OAuth server (mock-oauth2-server, rotating refresh tokens, PKCE checked) for the issuers "xero" and
 * "qbo", a MockWebServer standing in for Xero Connections and the QBO API, an H2 file database and a vault.
 */
public final class OAuthFixture implements AutoCloseable {
    public static final String XERO_TENANT_JSON = "[{\"id\":\"c-1\",\"tenantId\":\"tenant-acme\",\"tenantType\":\"ORGANISATION\","
            + "\"tenantName\":\"Acme Ltd\"},{\"id\":\"c-2\",\"tenantId\":\"tenant-beta\",\"tenantType\":\"ORGANISATION\","
            + "\"tenantName\":\"Beta Pty\"}]";

    public final MockOAuth2Server oauth;
    public final MockWebServer api = new MockWebServer();
    public final Store store;
    final Path dataDir;
    public final Integrations integrations;
    public final Settings settings;
    final TokenVault vault;
    final Clock clock;
    volatile String connectionsBody = XERO_TENANT_JSON;

    public OAuthFixture(Path dataDir, Clock clock, Map<String, String> extraSettings) {
        this(dataDir, clock, extraSettings, false);
    }

    /** {@code interactiveLogin}: the server shows a login form instead of redirecting at once. */
    public OAuthFixture(Path dataDir, Clock clock, Map<String, String> extraSettings, boolean interactiveLogin) {
        this.dataDir = dataDir;
        oauth = new MockOAuth2Server(new OAuth2Config(interactiveLogin, null, null, true));
        oauth.start();
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.startsWith("/connections")) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(connectionsBody).build();
                }
                if (path.contains("/companyinfo/")) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body("{\"CompanyInfo\":{\"CompanyName\":\"Quick Co\"}}").build();
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        try {
            api.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new HashMap<>();
        for (String issuer : new String[] {"xero", "qbo"}) {
            values.put(issuer + ".authUrl", oauth.authorizationEndpointUrl(issuer).toString());
            values.put(issuer + ".tokenUrl", oauth.tokenEndpointUrl(issuer).toString());
            values.put(issuer + ".revokeUrl", oauth.revocationEndpointUrl(issuer).toString());
            values.put(issuer + ".clientId", issuer + "-desktop-app");
            // mock-oauth2-server speaks OpenID Connect, which needs "openid"; real Xero/QBO scopes are configured the same way.
            values.put(issuer + ".scopes", "openid offline_access " + (issuer.equals("xero") ? "accounting.invoices" : "com.intuit.quickbooks.accounting"));
        }
        values.put("xero.redirectUri", "http://127.0.0.1:" + freePort() + "/callback");
        values.put("qbo.redirectUri", "https://app.example.com/qbo/callback");
        values.put("xero.connectionsUrl", api.url("/connections").toString());
        values.put("qbo.apiBaseUrl", api.url("/v3/company").toString());
        values.putAll(extraSettings);
        settings = Settings.defaultsOnly().with(values);
        store = Store.open(TestDatabases.h2(dataDir));
        this.clock = clock;
        vault = new TokenVault(dataDir, new KeyFileVaultKey(dataDir.resolve("vault.key"), null));
        integrations = new Integrations(store, vault, settings, clock);
    }

    /** The same database and vault with some endpoints pointed elsewhere (e.g. at a failing token endpoint). */
    public Integrations withSettings(Map<String, String> changes) {
        return new Integrations(store, vault, settings.with(changes), clock);
    }

    /** What a browser does on the provider's page: GET the authorize URL, return the redirect's Location. */
    public static String browse(String authorizationUrl) {
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();
        try (Response response = browser.newCall(new Request.Builder().url(authorizationUrl).build()).execute()) {
            String location = response.header("Location");
            if (location == null) {
                throw new IllegalStateException("No redirect from " + authorizationUrl + ": HTTP " + response.code());
            }
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        store.close();
        api.close();
        oauth.shutdown();
    }
}
