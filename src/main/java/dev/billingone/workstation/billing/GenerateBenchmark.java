package dev.billingone.workstation.billing;

import dev.billingone.workstation.bench.BenchContext;
import dev.billingone.workstation.bench.BenchResult;
import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench generate}: month-end generation for 200 clients × 15 lines (target under 1 s) and 10,000 clients
 * (target under 15 s, linear), each on a fresh H2 file in a temp dir. Baseline: writing the same number of
 * invoice and line rows with plain batched JDBC — the floor any generator pays for the rows alone.
 */
public final class GenerateBenchmark implements Benchmark {
    private static final Period PERIOD = Period.of(2026, 11);
    private static final int LINES = 15;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String description() {
        return "Month-end invoice generation: 200 and 10,000 clients × 15 contract lines, first run and rerun (200 cold and warm).";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        Map<String, Object> details = new LinkedHashMap<>();
        // The first run in a fresh JVM pays for class loading, JIT and Hibernate's first queries (a CLI run does too,
        // so it is reported); the target is judged on 200 clients again once warm, on a fresh database.
        Run cold = measure(context, 200);
        Run thousand = measure(context, 1_000);
        Run large = measure(context, 10_000);
        Run small = measure(context, 200);
        details.put("clients200ColdMillis", cold.millis);
        details.put("clients200RerunMillis", small.rerunMillis);
        details.put("clients1000Millis", thousand.millis);
        details.put("clients10000Millis", large.millis);
        details.put("clients10000RerunMillis", large.rerunMillis);
        details.put("clients10000BaselineMillis", large.baselineMillis);
        double linearity = (large.millis / 10_000.0) / (thousand.millis / 1_000.0);
        details.put("perClientAt10000VsAt1000", Math.round(linearity * 100) / 100.0);
        boolean met = small.millis < 1_000 && large.millis < 15_000 && linearity < 1.5;
        return new BenchResult(name(), small.millis, small.baselineMillis, "plain JDBC insert of the same rows",
                "200 clients < 1 s, 10,000 < 15 s, per-client time at 10,000 ≤ 1.5 × at 1,000", met, details);
    }

    private record Run(double millis, double rerunMillis, double baselineMillis) {
    }

    private static Run measure(BenchContext context, int clients) throws Exception {
        Path dir = Files.createTempDirectory(context.scratch(), "generate-" + clients + "-");
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            context.progress().accept("generate: seeding " + clients + " clients × " + LINES + " lines");
            seed(store, clients);
            long baseline = baselineMillis(store, clients);
            InvoiceGenerator generator = new InvoiceGenerator(store);
            GenerationResult first = generator.generate(new GenerationRequest(PERIOD, List.of(), false), GenerationListener.NONE);
            GenerationResult rerun = generator.generate(new GenerationRequest(PERIOD, List.of(), false), GenerationListener.NONE);
            if (first.created() != clients || rerun.unchanged() != clients) {
                throw new IllegalStateException("generate did not produce exactly one invoice per client: created "
                        + first.created() + ", rerun unchanged " + rerun.unchanged() + " of " + clients);
            }
            context.progress().accept("generate: " + clients + " clients in " + first.millis() + " ms, rerun "
                    + rerun.millis() + " ms, baseline " + baseline + " ms");
            return new Run(first.millis(), rerun.millis(), baseline);
        } finally {
            delete(dir);
        }
    }

    /** Clients, one active contract each with 15 monthly lines over 15 priced products, via batched JDBC. */
    static void seed(Store store, int clients) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            long id = 1;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, created_at, updated_at, name, slug, "
                    + "base_currency, default_tax_type) VALUES (?, ?, ?, 'Bench MSP', 'bench', 'AUD', 'OUTPUT')")) {
                org.setLong(1, id++);
                org.setTimestamp(2, now);
                org.setTimestamp(3, now);
                org.executeUpdate();
            }
            long firstProduct = id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO product (id, created_at, updated_at, sku, name, unit_price, "
                    + "currency, tax_type, sales_account_code) VALUES (?, ?, ?, ?, ?, ?, 'AUD', 'OUTPUT', '200')")) {
                for (int i = 0; i < LINES; i++) {
                    p.setLong(1, id++);
                    p.setTimestamp(2, now);
                    p.setTimestamp(3, now);
                    p.setString(4, "SKU-" + i);
                    p.setString(5, "Managed service " + i);
                    p.setBigDecimal(6, new java.math.BigDecimal(10 + i * 3 + ".35"));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement client = c.prepareStatement("INSERT INTO client (id, created_at, updated_at, name, currency) "
                    + "VALUES (?, ?, ?, ?, 'AUD')");
                 PreparedStatement contract = c.prepareStatement("INSERT INTO contract (id, created_at, updated_at, client_id, name, "
                         + "status, start_date) VALUES (?, ?, ?, ?, 'MSA', 'ACTIVE', ?)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO contract_line (id, created_at, updated_at, contract_id, "
                         + "product_id, quantity, discount_pct, billing_frequency, start_date) VALUES (?, ?, ?, ?, ?, ?, ?, 'MONTHLY', ?)")) {
                for (int n = 0; n < clients; n++) {
                    long clientId = id++;
                    client.setLong(1, clientId);
                    client.setTimestamp(2, now);
                    client.setTimestamp(3, now);
                    client.setString(4, "Client " + n);
                    client.addBatch();
                    long contractId = id++;
                    contract.setLong(1, contractId);
                    contract.setTimestamp(2, now);
                    contract.setTimestamp(3, now);
                    contract.setLong(4, clientId);
                    contract.setDate(5, Date.valueOf(LocalDate.of(2025, 1, 1)));
                    contract.addBatch();
                    for (int i = 0; i < LINES; i++) {
                        line.setLong(1, id++);
                        line.setTimestamp(2, now);
                        line.setTimestamp(3, now);
                        line.setLong(4, contractId);
                        line.setLong(5, firstProduct + i);
                        line.setBigDecimal(6, java.math.BigDecimal.valueOf(1 + (n + i) % 25));
                        line.setBigDecimal(7, java.math.BigDecimal.valueOf((n * i) % 3 * 5));
                        // Every seventh client starts mid-period on one line, so proration is part of the work.
                        line.setDate(8, Date.valueOf(i == 0 && n % 7 == 0 ? PERIOD.firstDay().plusDays(n % 27) : LocalDate.of(2025, 1, 1)));
                        line.addBatch();
                    }
                    if (n % 500 == 499) {
                        client.executeBatch();
                        contract.executeBatch();
                        line.executeBatch();
                    }
                }
                client.executeBatch();
                contract.executeBatch();
                line.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SEQUENCE entity_seq RESTART WITH " + (id + 1_000));
            }
            c.commit();
        }
    }

    /** The same number of invoice and line rows, written with batched JDBC into scratch copies of the tables. */
    private static long baselineMillis(Store store, int clients) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_invoice AS SELECT * FROM generated_invoice WHERE 1 = 0");
                s.execute("CREATE TABLE bench_line AS SELECT * FROM generated_invoice_line WHERE 1 = 0");
            }
            c.commit();
            long started = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement invoice = c.prepareStatement("INSERT INTO bench_invoice (id, version, created_at, updated_at, "
                    + "client_id, period, kind, sequence_no, status, currency, line_amount_types, subtotal, total_tax, total, "
                    + "idempotency_key, push_attempts) VALUES (?, 0, ?, ?, ?, '2026-11', 'REGULAR', 0, 'DRAFT', 'AUD', "
                    + "'Exclusive', 1, 0.1, 1.1, ?, 0)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO bench_line (id, version, created_at, updated_at, "
                         + "invoice_id, line_no, description, quantity, unit_price, discount_pct, line_amount, tax_amount, source) "
                         + "VALUES (?, 0, ?, ?, ?, ?, 'Managed service', 1, 1, 0, 1, 0.1, 'CONTRACT')")) {
                long id = 1;
                for (int n = 0; n < clients; n++) {
                    long invoiceId = id++;
                    invoice.setLong(1, invoiceId);
                    invoice.setTimestamp(2, now);
                    invoice.setTimestamp(3, now);
                    invoice.setLong(4, n);
                    invoice.setString(5, "bench-" + n);
                    invoice.addBatch();
                    for (int i = 0; i < LINES; i++) {
                        line.setLong(1, id++);
                        line.setTimestamp(2, now);
                        line.setTimestamp(3, now);
                        line.setLong(4, invoiceId);
                        line.setInt(5, i + 1);
                        line.addBatch();
                    }
                    if (n % 500 == 499) {
                        invoice.executeBatch();
                        line.executeBatch();
                    }
                }
                invoice.executeBatch();
                line.executeBatch();
            }
            c.commit();
            return Math.max(1, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
