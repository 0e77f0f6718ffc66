package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.billing.ClientReview;
import dev.billingone.workstation.billing.GenerationListener;
import dev.billingone.workstation.billing.GenerationRequest;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceGenerator;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --period P [--client ID…] [--dry-run]}: the period's draft invoices, one per client. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate (or recompute) the period's draft invoices; reruns never duplicate an invoice.")
public final class GenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--period", required = true, description = "Billing month, YYYY-MM.")
    String period;

    @Option(names = "--client", split = ",", description = "Only these client ids (repeatable or comma-separated).")
    List<Long> clients = new ArrayList<>();

    @Option(names = "--dry-run", description = "Compute and show the review against last month; write nothing.")
    boolean dryRun;

    public GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Period month = Period.parse(period);
        var store = context.workstation().store();
        GenerationResult result = new InvoiceGenerator(store).generate(new GenerationRequest(month, clients, dryRun),
                new GenerationListener() {
                    @Override
                    public void progress(int done, int total) {
                        if (total > 0 && done > 0) {
                            context.progress("generate: " + done + "/" + total + " clients");
                        }
                    }
                });
        String currency = baseCurrency(store, result);
        context.result(json(result, currency), human(result, currency));
        return 0;
    }

    /** The organisation's base currency (the {@code total} of the JSON result). */
    static String baseCurrency(dev.billingone.workstation.store.Store store, GenerationResult result) {
        return store.read(s -> s.createSelectionQuery("select baseCurrency from Organization order by id", String.class)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElse(result.totals().keySet().stream().findFirst().orElse("AUD")));
    }

    static Map<String, Object> json(GenerationResult result, String currency) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", result.period().toString());
        json.put("dryRun", result.dryRun());
        json.put("clients", result.clients());
        json.put("invoices", Map.of("created", result.created(), "updated", result.updated(), "unchanged", result.unchanged(),
                "adjusted", result.adjusted()));
        json.put("lines", result.lines());
        json.put("total", money(result.totals().getOrDefault(currency, BigDecimal.ZERO), currency));
        json.put("currency", currency);
        Map<String, String> totals = new LinkedHashMap<>();
        result.totals().forEach((code, amount) -> totals.put(code, money(amount, code)));
        json.put("totals", totals);
        json.put("parked", result.parked().stream().map(p -> Map.of("clientId", p.clientId(), "clientName", p.clientName(),
                "reason", p.parkedReason())).toList());
        if (result.dryRun()) {
            json.put("review", result.reviews().stream().filter(r -> r.parkedReason() == null).map(r -> review(r)).toList());
        }
        json.put("cancelled", result.cancelled());
        json.put("millis", result.millis());
        return json;
    }

    private static Map<String, Object> review(ClientReview r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clientId", r.clientId());
        json.put("clientName", r.clientName());
        json.put("outcome", r.outcome().name().toLowerCase());
        json.put("total", money(r.total(), r.currency()));
        json.put("previousTotal", money(r.previousTotal() == null ? BigDecimal.ZERO : r.previousTotal(), r.currency()));
        json.put("delta", money(r.delta(), r.currency()));
        json.put("changes", r.changes().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("kind", c.kind().name().toLowerCase());
            change.put("description", c.description());
            change.put("quantityBefore", c.quantityBefore() == null ? null : c.quantityBefore().stripTrailingZeros().toPlainString());
            change.put("quantityAfter", c.quantityAfter() == null ? null : c.quantityAfter().stripTrailingZeros().toPlainString());
            change.put("amountBefore", c.amountBefore() == null ? null : money(c.amountBefore(), r.currency()));
            change.put("amountAfter", c.amountAfter() == null ? null : money(c.amountAfter(), r.currency()));
            return change;
        }).toList());
        return json;
    }

    static String money(BigDecimal amount, String currency) {
        return Money.of(amount, currency).toPlainString();
    }

    private static String human(GenerationResult result, String currency) {
        StringBuilder text = new StringBuilder();
        text.append(result.dryRun() ? "Dry run for " : "Generated ").append(result.period()).append(": ")
                .append(result.clients()).append(" clients, ")
                .append(result.created()).append(" created, ").append(result.updated()).append(" updated, ")
                .append(result.unchanged()).append(" unchanged, ").append(result.adjusted()).append(" adjustments; ")
                .append(result.lines()).append(" lines, total ");
        result.totals().forEach((code, amount) -> text.append(code).append(' ').append(money(amount, code)).append(' '));
        text.append("(").append(result.millis()).append(" ms)");
        if (result.cancelled()) {
            text.append("\nCancelled: run the same command again to finish.");
        }
        if (result.dryRun()) {
            for (ClientReview r : result.reviews()) {
                if (r.parkedReason() != null) {
                    continue;
                }
                text.append(String.format("%n  %-40s %s %12s  (%s%s)", r.clientName(), r.currency(), money(r.total(), r.currency()),
                        r.delta().signum() >= 0 ? "+" : "", money(r.delta(), r.currency())));
                r.changes().forEach(c -> text.append("\n      ").append(c.kind().name().toLowerCase()).append(": ")
                        .append(c.description()));
            }
        }
        if (!result.parked().isEmpty()) {
            text.append("\nParked (fix and generate again):");
            result.parked().forEach(p -> text.append("\n  ").append(p.clientName()).append(" (").append(p.clientId())
                    .append("): ").append(p.parkedReason()));
        }
        return text.toString();
    }
}
