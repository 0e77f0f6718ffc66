package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.notify.Notification;
import dev.billingone.workstation.notify.NotificationSettings;
import dev.billingone.workstation.notify.NotificationWatch;
import dev.billingone.workstation.notify.NotifyingSync;
import dev.billingone.workstation.sync.RecordError;
import dev.billingone.workstation.sync.SyncResult;
import dev.billingone.workstation.sync.SyncService;
import dev.billingone.workstation.sync.connectors.ConnectedSync;
import dev.billingone.workstation.sync.connectors.Connectors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sync [pax8|xero|qbo|all]}: pull changes since the last cursor, then drain the outbox. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Pull changes from Pax8, Xero or QuickBooks Online since the last sync, then deliver queued writes.")
public final class SyncCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SYSTEM", defaultValue = "all",
            description = "pax8, xero, qbo or all (default: every connected system).")
    String system;

    public SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Workstation workstation = context.workstation();
        // News is what changed from here on, as the app's notification center would announce it after its own sync.
        NotificationWatch watch = new NotificationWatch(workstation::store, () -> NotificationSettings.from(workstation.settings()),
                Clock.systemUTC());
        List<Notification> news = new ArrayList<>();
        NotifyingSync sync = new NotifyingSync(new ConnectedSync(workstation.store(), workstation.settings(),
                workstation.integrations().tokens()), () -> news.addAll(watch.check()));
        List<ExternalSystem> systems = "all".equalsIgnoreCase(system) ? sync.connectedSystems() : List.of(chosen());
        ConnectedSync.Outcome outcome = sync.run(systems, () -> Thread.currentThread().isInterrupted(), context::progress);
        Map<String, Object> json = json(outcome.results(), outcome.report().queued());
        json.put("notifications", news.stream().map(SyncCommand::json).toList());
        context.result(json, human(outcome.results(), outcome.report()) + human(news));
        return outcome.remoteFailed() ? RemoteSystemException.EXIT_CODE : 0;
    }

    private ExternalSystem chosen() {
        try {
            ExternalSystem chosen = ExternalSystem.valueOf(system.toUpperCase(Locale.ROOT));
            if (Connectors.SYNCABLE.contains(chosen)) {
                return chosen;
            }
        } catch (IllegalArgumentException e) {
            // not a system at all: the same usage message
        }
        throw new UsageException("Unknown system '" + system + "'; use pax8, xero, qbo or all.");
    }

    static Map<String, Object> json(List<SyncResult> results, long queued) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SyncResult result : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("system", result.system().name().toLowerCase(Locale.ROOT));
            row.put("resource", result.resource());
            row.put("fetched", result.fetched());
            row.put("created", result.created());
            row.put("updated", result.updated());
            row.put("calls", result.calls());
            List<RecordError> errors = new ArrayList<>(result.errors());
            if (result.failed() && !result.resource().equals("connection")) {
                errors.add(new RecordError(result.system().displayName() + " " + result.resource(), result.failure()));
            }
            row.put("errors", errors.stream().map(e -> Map.of("record", e.record(), "message", e.message())).toList());
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", rows);
        json.put("queued", queued);
        return json;
    }

    private static Map<String, Object> json(Notification notification) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", notification.event().key());
        json.put("title", notification.title());
        json.put("text", notification.text());
        json.put("link", notification.link());
        return json;
    }

    private static String human(List<Notification> news) {
        StringBuilder text = new StringBuilder();
        news.forEach(n -> text.append('\n').append(n.title()).append(": ").append(n.text()).append(" (").append(n.link()).append(')'));
        return text.toString();
    }

    private static String human(List<SyncResult> results, SyncService.Report report) {
        StringBuilder text = new StringBuilder();
        if (results.isEmpty()) {
            text.append(report.offline() ? "Offline: nothing was synced.\n"
                    : "Nothing is connected; connect Pax8, Xero or QuickBooks in Settings → Integrations.\n");
        }
        for (SyncResult result : results) {
            text.append(String.format("%-18s %-14s %6d fetched, %5d new, %5d updated, %4d calls%s%n",
                    result.system().displayName(), result.resource(), result.fetched(), result.created(), result.updated(),
                    result.calls(), result.failed() ? "  FAILED: " + result.failure() : ""));
            result.errors().forEach(e -> text.append("    ").append(e.record()).append(": ").append(e.message()).append('\n'));
        }
        text.append(report.offline() ? "offline · " : "").append(report.queued()).append(" queued");
        return text.toString();
    }

}
