package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.sync.OutboxService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code outbox list [--all]}, {@code outbox retry [ID…]}, {@code outbox cancel ID --reason R}. */
@Command(name = "outbox", mixinStandardHelpOptions = true, description = "Queued writes to remote systems.",
        subcommands = {OutboxCommand.ListEntries.class, OutboxCommand.Retry.class, OutboxCommand.Cancel.class})
public final class OutboxCommand {
    private final CliContext context;

    public OutboxCommand(CliContext context) {
        this.context = context;
    }

    private OutboxService service() {
        return new OutboxService(context.workstation().store(), Clock.systemUTC());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Entries not yet delivered (with --all, every entry).")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand
        OutboxCommand parent;

        @Option(names = "--all", description = "Include sent and cancelled entries.")
        boolean all;

        @Override
        public Integer call() {
            OutboxService service = parent.service();
            List<OutboxService.Item> items = service.list(all);
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (OutboxService.Item item : items) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", item.id());
                row.put("system", item.system().name().toLowerCase(Locale.ROOT));
                row.put("operation", item.operation());
                row.put("entityType", item.entityType());
                row.put("entityId", item.entityId());
                row.put("state", item.state().name().toLowerCase(Locale.ROOT));
                row.put("attempts", item.attempts());
                row.put("nextAttemptAt", item.nextAttemptAt());
                row.put("lastError", item.lastError());
                row.put("externalId", item.externalId());
                rows.add(row);
                human.append(String.format("%8d  %-5s %-16s %s %d  %-9s attempts %d%s%n", item.id(), item.system().name(),
                        item.operation(), item.entityType(), item.entityId(), item.state(), item.attempts(),
                        item.lastError() == null ? "" : "  " + item.lastError()));
            }
            long queued = service.queued();
            parent.context.result(Map.of("entries", rows, "queued", queued), human.toString() + queued + " queued");
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Send failed, rejected or conflicting entries again (all of them, or the given ids).")
    static final class Retry implements Callable<Integer> {
        @ParentCommand
        OutboxCommand parent;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Outbox entry ids (default: every entry that can be retried).")
        List<Long> ids = new ArrayList<>();

        @Override
        public Integer call() {
            int count = parent.service().retry(ids);
            parent.context.result(Map.of("retried", count),
                    count + " entr" + (count == 1 ? "y is" : "ies are") + " due now; run 'sync' to deliver them.");
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Give up on an entry that was not sent.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand
        OutboxCommand parent;

        @Parameters(paramLabel = "ID", description = "Outbox entry id.")
        long id;

        @Option(names = "--reason", required = true, description = "Why (kept in the audit log).")
        String reason;

        @Override
        public Integer call() {
            parent.service().cancel(id, reason);
            parent.context.result(Map.of("cancelled", id), "Outbox entry " + id + " cancelled.");
            return 0;
        }
    }
}
