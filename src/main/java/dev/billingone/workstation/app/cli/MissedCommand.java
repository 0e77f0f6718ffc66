package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.MissedBillingEntry;
import dev.billingone.workstation.reconcile.MissedBillingQuery;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code missed list|apply|snooze|dismiss|undo}: the missed-billing queue, headless. */
@Command(name = "missed", mixinStandardHelpOptions = true, description = "The missed-billing queue.",
        subcommands = {MissedCommand.ListItems.class, MissedCommand.Apply.class, MissedCommand.Snooze.class,
                MissedCommand.Dismiss.class, MissedCommand.Undo.class})
public final class MissedCommand {
    private final CliContext context;

    public MissedCommand(CliContext context) {
        this.context = context;
    }

    MissedBilling service() {
        return new MissedBilling(context.workstation().store(), Clock.systemDefaultZone());
    }

    /** Which items an action applies to: ids, or every open item (of a period). */
    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "Item ids (from 'missed list').")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--all-open", description = "Every open item (of --period, if given).")
        boolean allOpen;

        @Option(names = "--period", paramLabel = "YYYY-MM", description = "With --all-open: only this period's items.")
        String period;

        List<Long> resolve(MissedBilling service) {
            if (allOpen == !ids.isEmpty()) {
                throw new UsageException("Give item ids or --all-open (one of the two).");
            }
            return allOpen ? service.openIds(period == null ? null : Period.parse(period).toString()) : ids;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List items, largest shortfall first.")
    static final class ListItems implements Callable<Integer> {
        @ParentCommand
        MissedCommand parent;

        @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
                description = "open, snoozed, dismissed, applied or all (default open).")
        String status;

        @Option(names = "--period", paramLabel = "YYYY-MM")
        String period;

        @Option(names = "--client", paramLabel = "ID")
        Long clientId;

        @Override
        public Integer call() {
            Set<MissedBillingStatus> statuses = "all".equalsIgnoreCase(status) ? Set.of() : Set.of(parse(status));
            List<MissedBillingEntry> entries = parent.service().list(new MissedBillingQuery(statuses,
                    period == null ? null : Period.parse(period).toString(), clientId));
            List<Map<String, Object>> items = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            for (MissedBillingEntry e : entries) {
                items.add(json(e));
                totals.merge(e.currency(), e.shortfall(), BigDecimal::add);
                human.append(String.format("%8d  %-7s %-9s %-30.30s %-14.14s %12s %s%s%n", e.id(), e.period(),
                        e.status().name().toLowerCase(), e.clientName(), e.sku(), money(e.shortfall(), e.currency()), e.currency(),
                        e.snoozeUntil() == null ? "" : " until " + e.snoozeUntil()));
            }
            Map<String, String> amounts = new LinkedHashMap<>();
            totals.forEach((currency, amount) -> amounts.put(currency, money(amount, currency)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("count", entries.size());
            json.put("amount", amounts);
            json.put("items", items);
            human.append(entries.size()).append(" items");
            amounts.forEach((currency, amount) -> human.append(", ").append(amount).append(' ').append(currency));
            parent.context.result(json, human.toString());
            return 0;
        }

        private static MissedBillingStatus parse(String status) {
            try {
                return MissedBillingStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new UsageException("Unknown --status '" + status + "': use open, snoozed, dismissed, applied or all.");
            }
        }

        private static Map<String, Object> json(MissedBillingEntry e) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("period", e.period());
            item.put("status", e.status().name().toLowerCase());
            item.put("clientId", e.clientId());
            item.put("client", e.clientName());
            item.put("sku", e.sku());
            item.put("product", e.productName());
            item.put("source", e.source());
            item.put("expectedQuantity", e.expectedQuantity().stripTrailingZeros().toPlainString());
            item.put("billedQuantity", e.billedQuantity().stripTrailingZeros().toPlainString());
            item.put("expected", money(e.expectedAmount(), e.currency()));
            item.put("billed", money(e.billedAmount(), e.currency()));
            item.put("amount", money(e.shortfall(), e.currency()));
            item.put("currency", e.currency());
            item.put("snoozeUntil", e.snoozeUntil());
            item.put("reason", e.reason());
            item.put("decidedBy", e.decidedBy());
            item.put("decidedAt", e.decidedAt());
            item.put("appliedLineId", e.appliedLineId());
            item.put("batch", e.applyBatch());
            return item;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Bill items on each client's draft for the item's period (an adjustment draft once approved); one transaction.")
    static final class Apply implements Callable<Integer> {
        @ParentCommand
        MissedCommand parent;

        @Mixin
        Selection selection;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Kept in the audit trail.")
        String reason;

        @Override
        public Integer call() {
            MissedBilling service = parent.service();
            List<Long> ids = selection.resolve(service);
            MissedBilling.ApplyResult result = service.apply(ids, reason, new BulkProgress() {
                @Override
                public void update(int done, int total) {
                    if (done > 0 && (done % 100 == 0 || done == total)) {
                        parent.context.progress("Applied " + done + " of " + total);
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            Map<String, String> amounts = new LinkedHashMap<>();
            result.amountByCurrency().forEach((currency, amount) -> amounts.put(currency, money(amount, currency)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("applied", result.applied());
            json.put("batch", result.batch());
            json.put("lines", result.lineIds());
            json.put("amount", amounts);
            parent.context.result(json, "Applied " + result.applied() + " items " + amounts
                    + ". Undo with: missed undo --batch " + result.batch());
            return 0;
        }
    }

    @Command(name = "snooze", mixinStandardHelpOptions = true, description = "Hide items until a date (they are back that day).")
    static final class Snooze implements Callable<Integer> {
        @ParentCommand
        MissedCommand parent;

        @Mixin
        Selection selection;

        @Option(names = "--until", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate until;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            MissedBilling service = parent.service();
            int count = service.snooze(selection.resolve(service), until, reason);
            parent.context.result(Map.of("snoozed", count, "until", until.toString()), "Snoozed " + count + " items until " + until + ".");
            return 0;
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Dismiss items for good for their client, product and period (e.g. \"included in bundle\").")
    static final class Dismiss implements Callable<Integer> {
        @ParentCommand
        MissedCommand parent;

        @Mixin
        Selection selection;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            MissedBilling service = parent.service();
            int count = service.dismiss(selection.resolve(service), reason);
            parent.context.result(Map.of("dismissed", count), "Dismissed " + count + " items.");
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Re-open items: applied ones lose their draft line (refused once that invoice is approved or pushed).")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        MissedCommand parent;

        @Parameters(paramLabel = "ID", arity = "0..*")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--batch", paramLabel = "BATCH", description = "Undo a whole apply (its batch id).")
        String batch;

        @Override
        public Integer call() {
            if ((batch == null) == ids.isEmpty()) {
                throw new UsageException("Give item ids or --batch (one of the two).");
            }
            MissedBilling service = parent.service();
            int count = batch != null ? service.undoBatch(batch) : service.undo(ids);
            parent.context.result(Map.of("reopened", count), "Re-opened " + count + " items.");
            return 0;
        }
    }

    static String money(BigDecimal amount, String currency) {
        return Money.of(amount, currency).toPlainString();
    }
}
