package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.contracts.RenewalCandidate;
import dev.billingone.workstation.contracts.RenewalNoticeCsv;
import dev.billingone.workstation.contracts.RenewalOutcome;
import dev.billingone.workstation.contracts.Renewals;
import dev.billingone.workstation.contracts.Uplift;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code contracts renewals|renew|auto-renew}: the renewal queue and renewals, headless. */
@Command(name = "contracts", mixinStandardHelpOptions = true, description = "Contract renewals.",
        subcommands = {ContractsCommand.RenewalsList.class, ContractsCommand.Renew.class, ContractsCommand.AutoRenew.class})
public final class ContractsCommand {
    private final CliContext context;

    public ContractsCommand(CliContext context) {
        this.context = context;
    }

    private Renewals renewals() {
        return new Renewals(context.workstation().store());
    }

    @Command(name = "renewals", mixinStandardHelpOptions = true,
            description = "List live contracts whose term ends within N days (overdue ones first); optionally write the renewal notice CSV.")
    static final class RenewalsList implements Callable<Integer> {
        @ParentCommand
        ContractsCommand parent;

        @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Days ahead (default ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the renewal notice list to this CSV file.")
        Path csv;

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now();
            List<RenewalCandidate> queue = parent.renewals().queue(today, days);
            if (csv != null) {
                RenewalNoticeCsv.write(csv, queue);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("asOf", today);
            json.put("days", days);
            json.put("count", queue.size());
            json.put("contracts", queue.stream().map(RenewalsList::row).toList());
            json.put("csv", csv == null ? null : csv.toAbsolutePath().toString());
            StringBuilder human = new StringBuilder(queue.size() + " contract(s) renew within " + days + " days.");
            for (RenewalCandidate c : queue) {
                human.append(String.format("%n  %-8d %-40s %-32s ends %s (%+d days)%s  %s/month", c.contractId(),
                        c.clientName(), c.contractName(), c.endDate(), c.daysLeft(), c.autoRenew() ? " auto-renew" : "",
                        c.monthlyValue()));
            }
            if (csv != null) {
                human.append(String.format("%nRenewal notice written to %s.", csv.toAbsolutePath()));
            }
            parent.context.result(json, human.toString());
            return 0;
        }

        private static Map<String, Object> row(RenewalCandidate c) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.contractId());
            row.put("client", c.clientName());
            row.put("contract", c.contractName());
            row.put("endDate", c.endDate());
            row.put("daysLeft", c.daysLeft());
            row.put("autoRenew", c.autoRenew());
            row.put("monthlyValue", c.monthlyValue().toPlainString());
            row.put("currency", c.monthlyValue().currencyCode());
            return row;
        }
    }

    @Command(name = "renew", mixinStandardHelpOptions = true,
            description = "Renew contracts for a new term with a price uplift (all-or-nothing).")
    static final class Renew implements Callable<Integer> {
        @ParentCommand
        ContractsCommand parent;

        @Option(names = "--id", paramLabel = "ID", required = true, split = ",", description = "Contract id(s), repeatable or comma-separated.")
        List<Long> ids;

        @ArgGroup(exclusive = true, multiplicity = "1")
        PriceChange priceChange;

        static final class PriceChange {
            @Option(names = "--uplift", paramLabel = "PCT", description = "Raise prices by PCT percent, rounded to cents (0 keeps them).")
            BigDecimal percent;

            @Option(names = "--to-catalog", description = "Set prices to today's catalog prices.")
            boolean toCatalog;
        }

        @Option(names = "--term", paramLabel = "MONTHS", defaultValue = "12", description = "New term in months (default ${DEFAULT-VALUE}).")
        int term;

        @Override
        public Integer call() {
            Uplift uplift = priceChange.toCatalog ? new Uplift.ToCatalogPrice() : new Uplift.Percent(priceChange.percent);
            Renewals renewals = parent.renewals();
            List<Renewals.Target> targets = renewals.currentTargets(ids);
            List<RenewalOutcome> outcomes = renewals.renew(targets, uplift, term);
            printOutcomes(parent.context, outcomes);
            return 0;
        }
    }

    @Command(name = "auto-renew", mixinStandardHelpOptions = true,
            description = "Renew every auto-renew contract whose term has ended, with its own uplift and term.")
    static final class AutoRenew implements Callable<Integer> {
        @ParentCommand
        ContractsCommand parent;

        @Override
        public Integer call() {
            printOutcomes(parent.context, parent.renewals().renewDueAutoRenewals(LocalDate.now()));
            return 0;
        }
    }

    static void printOutcomes(CliContext context, List<RenewalOutcome> outcomes) {
        List<Map<String, Object>> rows = outcomes.stream().map(o -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", o.contractId());
            row.put("contract", o.contractName());
            row.put("previousEnd", o.previousEnd());
            row.put("newEnd", o.newEnd());
            row.put("previousMonthlyValue", o.previousMonthlyValue().toPlainString());
            row.put("newMonthlyValue", o.newMonthlyValue().toPlainString());
            row.put("currency", o.newMonthlyValue().currencyCode());
            return row;
        }).toList();
        StringBuilder human = new StringBuilder("Renewed " + outcomes.size() + " contract(s).");
        outcomes.forEach(o -> human.append(String.format("%n  %-8d %-32s %s → %s   %s → %s/month", o.contractId(),
                o.contractName(), o.previousEnd(), o.newEnd(), o.previousMonthlyValue(), o.newMonthlyValue().toPlainString())));
        context.result(Map.of("renewed", outcomes.size(), "contracts", rows), human.toString());
    }
}
