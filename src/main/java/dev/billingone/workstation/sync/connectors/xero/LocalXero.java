package dev.billingone.workstation.sync.connectors.xero;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Xero's {@code GET /Invoices} used by {@code bench sync}: {@code pages} pages of 100
 * invoices with {@code pagination}, and a per-window call limit answered with 429 like Xero's, counted so the
 * benchmark can show that the engine never provoked one. Serves pre-rendered pages so the server costs little.
 */
final class LocalXero implements AutoCloseable {
    private final HttpServer server;
    private final String[] pages;
    private final int perWindow;
    private final Duration window;
    private final Deque<Instant> calls = new ArrayDeque<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger tooManyRequests = new AtomicInteger();

    LocalXero(int pageCount, int perWindow, Duration window) throws IOException {
        this.perWindow = perWindow;
        this.window = window;
        this.pages = new String[pageCount];
        for (int page = 0; page < pageCount; page++) {
            pages[page] = render(page + 1, pageCount);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "local-xero");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/api.xro/2.0/Invoices", this::invoices);
        server.start();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api.xro/2.0";
    }

    private boolean allowed() {
        synchronized (calls) {
            Instant now = Instant.now();
            while (!calls.isEmpty() && !calls.peekFirst().plus(window).isAfter(now)) {
                calls.removeFirst();
            }
            if (calls.size() >= perWindow) {
                return false;
            }
            calls.addLast(now);
            return true;
        }
    }

    private void invoices(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (!allowed()) {
            tooManyRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.getResponseHeaders().add("X-Rate-Limit-Problem", "minute");
            send(exchange, 429, "{}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int page = 1;
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("page=")) {
                page = Integer.parseInt(part.substring(5));
            }
        }
        send(exchange, 200, page >= 1 && page <= pages.length ? pages[page - 1]
                : "{\"pagination\":{\"page\":" + page + ",\"pageCount\":" + pages.length + "},\"Invoices\":[]}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String render(int page, int pageCount) {
        StringBuilder json = new StringBuilder(160_000);
        json.append("{\"pagination\":{\"page\":").append(page).append(",\"pageSize\":100,\"pageCount\":").append(pageCount)
                .append(",\"itemCount\":").append(pageCount * 100).append("},\"Invoices\":[");
        long base = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 100; i++) {
            int n = (page - 1) * 100 + i;
            String updated = "/Date(" + (base + n * 60_000L) + "+0000)/";
            json.append(i == 0 ? "" : ",")
                    .append("{\"Type\":\"ACCREC\",\"InvoiceID\":\"00000000-0000-0000-0000-").append(String.format("%012d", n))
                    .append("\",\"InvoiceNumber\":\"INV-").append(n).append("\",\"Contact\":{\"ContactID\":\"contact-")
                    .append(n % 250).append("\"},\"Date\":\"").append(updated).append("\",\"Status\":\"AUTHORISED\",")
                    .append("\"CurrencyCode\":\"AUD\",\"LineAmountTypes\":\"Exclusive\",\"SubTotal\":397.20,\"TotalTax\":39.72,")
                    .append("\"Total\":436.92,\"AmountDue\":436.92,\"AmountPaid\":0,\"UpdatedDateUTC\":\"").append(updated)
                    .append("\",\"LineItems\":[{\"ItemCode\":\"M365-BP\",\"Description\":\"Microsoft 365 Business Premium\",")
                    .append("\"Quantity\":12,\"UnitAmount\":33.10,\"LineAmount\":397.20,\"TaxType\":\"OUTPUT\",\"TaxAmount\":39.72,")
                    .append("\"AccountCode\":\"200\"}]}");
        }
        return json.append("]}").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
