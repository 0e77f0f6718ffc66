package dev.billingone.workstation.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import dev.billingone.workstation.imports.CsvOptions;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.ImportProgress;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportResult;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Our catalog import (detect, parse, validate, diff, upsert, log) of an N-row file into a fresh H2 database,
 * beside the floor: OpenCSV parse-only of the same file plus a JDBC batch insert of the same rows into another
 * fresh database. Also samples the heap while ours runs (run with -Xmx512m to prove the bound).
 */
final class CatalogImportBenchmark implements Benchmark {
    private static final int WARM_UP_ROWS = 5_000;
    private final int rows;
    private final String name;

    CatalogImportBenchmark(int rows, String name) {
        this.rows = rows;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return String.format("Import of a %,d-row catalog CSV vs OpenCSV parse + JDBC batch insert (target <= 2x)", rows);
    }

    @Override
    public BenchResult run(BenchContext bench) throws Exception {
        Path workDir = Files.createTempDirectory(bench.scratch(), name);
        try {
            return measure(workDir);
        } finally {
            deleteTree(workDir);
        }
    }

    /** A million-row run leaves ~900 MB (the file and three databases): never keep it. */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private BenchResult measure(Path workDir) throws Exception {
        Path warmFile = SyntheticCatalog.csv(workDir, WARM_UP_ROWS);
        ours(warmFile, workDir.resolve("warm-ours"));
        floor(warmFile, workDir.resolve("warm-floor"));

        Path file = SyntheticCatalog.csv(workDir, rows);
        double floor = floor(file, workDir.resolve("floor"));
        HeapSampler heap = new HeapSampler();
        heap.start();
        double ours;
        ImportResult result;
        try {
            long start = System.nanoTime();
            result = ours(file, workDir.resolve("ours"));
            ours = (System.nanoTime() - start) / 1e6;
        } finally {
            heap.stop();
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("rows", result.created());
        extra.put("rowsPerSecond", Math.round(rows / (ours / 1000)));
        extra.put("baselineRowsPerSecond", Math.round(rows / (floor / 1000)));
        extra.put("fileMB", Files.size(file) / (1024 * 1024));
        extra.put("peakHeapMB", heap.peak() / (1024 * 1024));
        extra.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return new BenchResult(name, ours, floor, "OpenCSV parse + JDBC batch insert", "<= 2x baseline", ours <= 2 * floor, extra);
    }

    private static ImportResult ours(Path file, Path dbDir) {
        try (Store store = Store.open(DatabaseTarget.h2(dbDir))) {
            ImportResult result = new ImportService(store).run(
                    new ImportRequest(ImportKind.CATALOG, file, CsvOptions.DETECT, null, Map.of(), "AUD", false, false), ImportProgress.NONE);
            if (result.hasErrors() || !result.applied()) {
                throw new IllegalStateException("Benchmark import failed: " + result.errors());
            }
            return result;
        }
    }

    private static double floor(Path file, Path dbDir) throws Exception {
        try (Store store = Store.open(DatabaseTarget.h2(dbDir))) {
            long start = System.nanoTime();
            try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVReader csv = new CSVReaderBuilder(text).withCSVParser(new RFC4180ParserBuilder().build()).withSkipLines(1).build();
                 Connection connection = store.dataSource().getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO product (id, version, created_at, updated_at, sku, name, "
                         + "description, unit_price, cost, currency, tax_type, sales_account_code, billing_unit, vendor, active) "
                         + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                long id = 10_000_000;
                int batched = 0;
                for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                    insert.setLong(1, id++);
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setString(4, row[0]);
                    insert.setString(5, row[1]);
                    insert.setString(6, row[2]);
                    insert.setBigDecimal(7, new BigDecimal(row[3]));
                    insert.setBigDecimal(8, new BigDecimal(row[4]));
                    insert.setString(9, row[5]);
                    insert.setString(10, row[6]);
                    insert.setString(11, row[7]);
                    insert.setString(12, row[8]);
                    insert.setString(13, row[9]);
                    insert.setBoolean(14, Boolean.parseBoolean(row[10]));
                    insert.addBatch();
                    if (++batched % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** Samples heap use every 20 ms; the peak includes garbage not yet collected, so it is an upper bound. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }
    }
}
