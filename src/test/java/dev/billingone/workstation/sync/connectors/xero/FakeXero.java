package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.sync.SyncHttp;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A small Xero over real HTTP: paged, If-Modified-Since-aware Invoices and Contacts, POST /Invoices with
 * Idempotency-Key replay and per-invoice validation, bearer-token checks, an optional per-window call limit that
 * answers 429 like Xero, and scripted responses for failure injection.
 */
public final class FakeXero implements AutoCloseable {
    public static final String TENANT = "tenant-1";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, ObjectNode> invoices = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Other GET lists by endpoint ("Items", "TaxRates", "CreditNotes"), in insertion order. */
    private final Map<String, List<ObjectNode>> lists = new ConcurrentHashMap<>();
    private final Map<String, String> idempotentAnswers = new ConcurrentHashMap<>();
    private final Deque<MockResponse> scripted = new ArrayDeque<>();
    private final Deque<Instant> callTimes = new ArrayDeque<>();
    public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    public final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    public volatile int tooManyRequests;
    public volatile int created;
    private int limitPerWindow;
    private Duration window;

    public FakeXero() throws IOException {
        validTokens.add("token-1");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return answer(request);
            }
        });
        server.start();
    }

    public HttpUrl apiBase() {
        return server.url("/api.xro/2.0");
    }

    /** Like Xero's 60 calls/minute, with a configurable window. */
    public synchronized void enforceLimit(int perWindow, Duration window) {
        this.limitPerWindow = perWindow;
        this.window = window;
    }

    public synchronized void script(MockResponse... responses) {
        scripted.addAll(List.of(responses));
    }

    public void addInvoices(int count, Instant updated) {
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ObjectNode invoice = SyncHttp.JSON.createObjectNode();
            invoice.put("InvoiceID", id);
            invoice.put("Type", "ACCREC");
            invoice.put("InvoiceNumber", "INV-" + (invoices.size() + 1));
            invoice.putObject("Contact").put("ContactID", "contact-" + (i % 7)).put("Name", "Client " + (i % 7));
            invoice.put("Date", "/Date(" + updated.toEpochMilli() + "+0000)/");
            invoice.put("Status", "AUTHORISED");
            invoice.put("CurrencyCode", "AUD");
            invoice.put("LineAmountTypes", "Exclusive");
            ArrayNode lines = invoice.putArray("LineItems");
            lines.addObject().put("ItemCode", "M365-BP").put("Description", "Microsoft 365 Business Premium")
                    .put("Quantity", new java.math.BigDecimal("12.0000")).put("UnitAmount", new java.math.BigDecimal("33.1000"))
                    .put("LineAmount", new java.math.BigDecimal("397.20")).put("TaxType", "OUTPUT")
                    .put("TaxAmount", new java.math.BigDecimal("39.72")).put("AccountCode", "200");
            invoice.put("SubTotal", new java.math.BigDecimal("397.20"));
            invoice.put("TotalTax", new java.math.BigDecimal("39.72"));
            invoice.put("Total", new java.math.BigDecimal("436.92"));
            invoice.put("AmountDue", new java.math.BigDecimal("436.92"));
            invoice.put("AmountPaid", java.math.BigDecimal.ZERO);
            invoice.put("UpdatedDateUTC", msDate(updated));
            invoices.put(id, invoice);
        }
    }

    /** Adds (or, by {@code idField}, replaces) a record of another list, as a user in Xero would. */
    public void put(String endpoint, String idField, ObjectNode record) {
        List<ObjectNode> list = lists.computeIfAbsent(endpoint, e -> new CopyOnWriteArrayList<>());
        list.removeIf(r -> idField != null && r.path(idField).equals(record.path(idField)));
        list.add(record);
    }

    /** Changes an invoice in "Xero" (as a user there would). */
    public void change(String invoiceId, String status, Instant updated) {
        ObjectNode invoice = invoices.get(invoiceId);
        invoice.put("Status", status);
        invoice.put("UpdatedDateUTC", msDate(updated));
    }

    public List<String> invoiceIds() {
        synchronized (invoices) {
            return new ArrayList<>(invoices.keySet());
        }
    }

    public int invoiceCount() {
        return invoices.size();
    }

    public JsonNode invoice(String id) {
        return invoices.get(id);
    }

    static String msDate(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + "+0000)/";
    }

    private MockResponse answer(RecordedRequest request) {
        synchronized (this) {
            if (limitPerWindow > 0) {
                Instant now = Instant.now();
                while (!callTimes.isEmpty() && callTimes.peekFirst().plus(window).isBefore(now)) {
                    callTimes.removeFirst();
                }
                if (callTimes.size() >= limitPerWindow) {
                    tooManyRequests++;
                    return new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                            .addHeader("X-Rate-Limit-Problem", "minute").build();
                }
                callTimes.addLast(now);
            }
            if (!scripted.isEmpty()) {
                return scripted.removeFirst();
            }
        }
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !validTokens.contains(auth.replace("Bearer ", ""))) {
            return json(401, "{\"Type\":null,\"Title\":\"Unauthorized\",\"Status\":401,\"Detail\":\"TokenExpired\"}");
        }
        if (!TENANT.equals(request.getHeaders().get("xero-tenant-id"))) {
            return json(403, "{\"Title\":\"Forbidden\",\"Detail\":\"AuthenticationUnsuccessful\"}");
        }
        String path = request.getUrl().encodedPath();
        try {
            if (path.endsWith("/Invoices") && "GET".equals(request.getMethod())) {
                synchronized (invoices) {
                    return list("Invoices", new ArrayList<>(invoices.values()), request);
                }
            }
            String endpoint = path.substring(path.lastIndexOf('/') + 1);
            if (lists.containsKey(endpoint) && "GET".equals(request.getMethod())) {
                return list(endpoint, lists.get(endpoint), request);
            }
            if (path.endsWith("/Invoices") && "POST".equals(request.getMethod())) {
                return createInvoices(request);
            }
            if (path.endsWith("/Contacts")) {
                return json(200, "{\"Contacts\":[{\"ContactID\":\"contact-1\",\"Name\":\"Acme Pty Ltd\",\"EmailAddress\":\"ap@acme.test\","
                        + "\"ContactStatus\":\"ACTIVE\",\"UpdatedDateUTC\":\"/Date(1700000000000+0000)/\"}]}");
            }
        } catch (IOException e) {
            return json(400, "{\"Message\":\"" + e.getMessage() + "\"}");
        }
        return json(404, "{\"Message\":\"no such endpoint\"}");
    }

    /** Xero's GET list: If-Modified-Since on UpdatedDateUTC, oldest change first, pages of 100 when asked for one. */
    private static MockResponse list(String endpoint, List<ObjectNode> records, RecordedRequest request) {
        String ids = request.getUrl().queryParameter("IDs");
        List<ObjectNode> matching = new ArrayList<>();
        String since = request.getHeaders().get("If-Modified-Since");
        Instant sinceInstant = since == null ? null : LocalDateTime.parse(since).toInstant(ZoneOffset.UTC);
        for (ObjectNode record : records) {
            Instant updated = XeroDates.instant(record.path("UpdatedDateUTC").asText(null));
            boolean wanted = ids != null ? List.of(ids.split(",")).contains(record.path("InvoiceID").asText())
                    : sinceInstant == null || updated == null || updated.isAfter(sinceInstant);
            if (wanted) {
                matching.add(record);
            }
        }
        matching.sort(java.util.Comparator.comparing(r -> XeroDates.instant(r.path("UpdatedDateUTC").asText("/Date(0)/"))));
        String pageParameter = request.getUrl().queryParameter("page");
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        ArrayNode array = body.putArray(endpoint);
        if (pageParameter == null) {
            matching.forEach(array::add);
            return json(200, body.toString());
        }
        int page = Integer.parseInt(pageParameter);
        int pageCount = Math.max(1, (matching.size() + 99) / 100);
        body.putObject("pagination").put("page", page).put("pageSize", 100).put("pageCount", pageCount)
                .put("itemCount", matching.size());
        matching.stream().skip((page - 1) * 100L).limit(100).forEach(array::add);
        return json(200, body.toString());
    }

    private MockResponse createInvoices(RecordedRequest request) throws IOException {
        String key = request.getHeaders().get("Idempotency-Key");
        if (key != null && idempotentAnswers.containsKey(key)) {
            return json(200, idempotentAnswers.get(key));
        }
        JsonNode body = SyncHttp.JSON.readTree(request.getBody().utf8());
        ObjectNode answer = SyncHttp.JSON.createObjectNode();
        ArrayNode results = answer.putArray("Invoices");
        for (JsonNode sent : body.path("Invoices")) {
            ObjectNode result = ((ObjectNode) sent).deepCopy();
            if (sent.path("Contact").path("ContactID").asText("").isBlank()) {
                result.put("HasErrors", true).put("StatusAttributeString", "ERROR");
                result.putArray("ValidationErrors").addObject().put("Message", "A Contact must be specified for this type of transaction");
            } else {
                String id = sent.hasNonNull("InvoiceID") ? sent.get("InvoiceID").asText() : UUID.randomUUID().toString();
                result.put("InvoiceID", id).put("StatusAttributeString", "OK");
                result.put("UpdatedDateUTC", msDate(Instant.now()));
                invoices.put(id, result);
                created++;
            }
            results.add(result);
        }
        if (key != null) {
            idempotentAnswers.put(key, answer.toString());
        }
        return json(200, answer.toString());
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
