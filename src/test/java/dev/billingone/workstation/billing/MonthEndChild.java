package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.nio.file.Path;
import java.util.List;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.sync.connectors.ConnectedPush;
import java.util.Map;
import java.util.Properties;

/**
 * The child process of {@link CrashSafetyTest}: generate → approve all drafts → push, for each period given,
 * against the H2 file in {@code args[0]} and the mock Xero at {@code args[1]}. Prints "ready" once the database
 * is open, so the parent's random kill lands in the work, not in JVM start-up.
 */
public final class MonthEndChild {
    private MonthEndChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(DatabaseTarget.h2(Path.of(args[0])))) {
            System.out.println("ready");
            System.out.flush();
            ConnectedPush push = new ConnectedPush(store, Settings.of(new Properties(), Map.of("xero.apiBaseUrl", args[1])),
                    MockXero.TOKENS);
            for (int i = 2; i < args.length; i++) {
                Period period = Period.parse(args[i]);
                new InvoiceGenerator(store).generate(new GenerationRequest(period, List.of(), false), GenerationListener.NONE);
                store.inTransaction(s -> InvoiceLifecycle.approveAll(s, InvoiceLifecycle.drafts(s, period)));
                push.push(() -> false);
            }
        }
        System.out.println("done");
    }
}
