package dev.billingone.workstation.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The system-browser fallback (RFC 8252 §7.3): listens on the loopback interface at the redirect URI's port and
 * path, and completes with the first redirect location that arrives there. The browser tab gets a short page
 * telling the user to go back to BillingOne. Only http loopback redirect URIs can be served this way.
 */
public final class LoopbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final URI redirectUri;
    private final CompletableFuture<String> location = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server, URI redirectUri) {
        this.server = server;
        this.redirectUri = redirectUri;
    }

    /** Starts listening for {@code redirectUri}, which must be {@code http://127.0.0.1|localhost:PORT/path}. */
    public static LoopbackReceiver listen(URI redirectUri) {
        String host = String.valueOf(redirectUri.getHost());
        if (!"http".equalsIgnoreCase(redirectUri.getScheme()) || redirectUri.getPort() < 1
                || !(host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]"))) {
            throw new InvalidInputException("The web-browser sign-in needs a loopback redirect URI such as "
                    + "http://127.0.0.1:8888/callback, registered with the app at the provider; the configured one is "
                    + redirectUri + ". Register a loopback URI and set it as the redirectUri, or use the built-in browser.");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), redirectUri.getPort()), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server, redirectUri);
            String path = redirectUri.getPath() == null || redirectUri.getPath().isEmpty() ? "/" : redirectUri.getPath();
            server.createContext(path, receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot listen on port " + redirectUri.getPort() + " for the sign-in ("
                    + e.getMessage() + "). Close the program using that port (perhaps another BillingOne window "
                    + "that is connecting) and try again.", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requested = redirectUri.getScheme() + "://" + redirectUri.getRawAuthority() + exchange.getRequestURI().toString();
        boolean exactPath = exchange.getRequestURI().getPath().equals(redirectUri.getPath());
        byte[] page = (exactPath
                ? "<!doctype html><html><head><meta charset=\"utf-8\"><title>BillingOne</title></head><body>"
                + "<h2>Sign-in received</h2><p>You can close this tab and return to BillingOne Workstation.</p></body></html>"
                : "Not found").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", exactPath ? "text/html; charset=utf-8" : "text/plain");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(exactPath ? 200 : 404, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        if (exactPath) {
            location.complete(requested);
        }
    }

    /** Waits for the browser's redirect; null when the time ran out. Interrupt the thread to cancel. */
    public String await(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return location.get(timeout, unit);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Completes {@link #await} with nothing, e.g. when the user pressed Cancel. */
    public void cancel() {
        location.complete(null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
