package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.bench.BenchContext;
import dev.billingone.workstation.bench.BenchResult;
import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.AccessTokenProvider;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.RateLimits;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import dev.billingone.workstation.sync.SyncResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code bench sync}: 20,000 Xero invoices (200 pages) from a loopback Xero into a fresh H2 database. The mock
 * enforces Xero's 60 calls per "minute" with the minute scaled down to one second (so the run takes seconds, not
 * minutes) and the engine runs with the same limit: the point is that it paces itself and never gets a 429.
 * Baseline: reading the same 200 pages through the same HTTP path without limit and without storing.
 */
public final class XeroSyncBenchmark implements Benchmark {
    private static final int PAGES = 200;
    private static final RateLimits SCALED_XERO = new RateLimits(60, Duration.ofSeconds(1), 5, 5000, Duration.ofDays(1));
    private static final RateLimits UNLIMITED = new RateLimits(0, Duration.ofSeconds(1), 0, 0, Duration.ofDays(1));

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String description() {
        return "sync 20,000 Xero invoices (200 pages) from a local mock enforcing 60 calls per (scaled) minute";
    }

    @Override
    public BenchResult run(BenchContext bench) throws Exception {
        Consumer<String> progress = bench.progress();
        try (LocalXero xero = new LocalXero(PAGES, 60, Duration.ofSeconds(1));
             Store store = Store.open(DatabaseTarget.h2(bench.scratch().resolve("sync")))) {
            Settings settings = Settings.defaultsOnly().with(Map.of("xero.apiBaseUrl", xero.apiBaseUrl()));
            progress.accept("baseline: reading the pages without storing…");
            long baselineStart = System.nanoTime();
            readOnly(invoices(settings, UNLIMITED));
            long baselineMillis = (System.nanoTime() - baselineStart) / 1_000_000;
            int baselineRequests = xero.requests.getAndSet(0);
            Thread.sleep(1100); // let the mock's window forget the baseline's calls

            progress.accept("sync: reading and storing with the rate limit…");
            resetPeaks();
            long start = System.nanoTime();
            SyncResult result = new SyncEngine(store, Clock.systemUTC()).run(invoices(settings, SCALED_XERO), () -> false,
                    line -> { });
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (result.failed()) {
                throw new IllegalStateException("bench sync failed: " + result.failure());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("invoices", result.fetched());
            details.put("pagesNeeded", PAGES);
            details.put("calls", result.calls());
            details.put("requestsSeenByMock", xero.requests.get());
            details.put("baselineRequests", baselineRequests);
            details.put("http429", xero.tooManyRequests.get());
            details.put("minimumMillisAtLimit", (PAGES - 60) * 1000L / 60);
            details.put("invoicesPerSecond", millis == 0 ? 0 : result.fetched() * 1000L / millis);
            details.put("peakHeapMiB", peakHeapBytes() / (1024 * 1024));
            boolean met = result.calls() == PAGES && xero.tooManyRequests.get() == 0;
            return new BenchResult(name(), millis, baselineMillis, "same pages, no limit, not stored",
                    "calls = pages needed, no 429", met, details);
        }
    }

    private static SyncResource<?> invoices(Settings settings, RateLimits limits) {
        AccessTokenProvider local = new AccessTokenProvider() {
            @Override
            public AccessToken current(ExternalSystem system) {
                return new AccessToken("local-bench", "bench-tenant", Instant.now().plusSeconds(3600));
            }

            @Override
            public AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected) {
                return current(system);
            }
        };
        ConnectorContext context = new ConnectorContext(settings, SyncHttp.shared(), local, Clock.systemUTC(), Sleeper.REAL,
                RetryPolicy.DEFAULT).withLimits(ExternalSystem.XERO, limits);
        return new XeroConnector(context).resources().stream().filter(r -> r.name().equals("invoices")).findFirst().orElseThrow();
    }

    private static void readOnly(SyncResource<?> resource) {
        SyncCursorValue cursor = SyncCursorValue.START;
        while (true) {
            SyncPage<?> page = resource.fetch(cursor);
            if (page.last()) {
                return;
            }
            cursor = page.next();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
