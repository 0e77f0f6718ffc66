package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.Versions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Full edit of contracts: list, create, edit, duplicate, activate, end, cancel, history. Every change is one
 * transaction with an audit row holding the whole contract before and after. Edits name the version they
 * started from, so two people editing the same contract cannot silently overwrite each other.
 */
public final class ContractService {
    private static final Set<ContractStatus> EDITABLE = EnumSet.of(ContractStatus.DRAFT, ContractStatus.ACTIVE);

    private final Store store;

    public ContractService(Store store) {
        this.store = store;
    }

    public List<ContractSummary> list(ContractFilter filter, LocalDate today) {
        return store.read(session -> {
            Map<Long, Client> clients = ContractRecords.clients(session);
            List<Contract> contracts = session.createSelectionQuery("from Contract order by name, id", Contract.class)
                    .getResultList().stream()
                    .filter(c -> matches(filter, c, clients.get(c.getClientId())))
                    .toList();
            Map<Long, List<ContractLine>> lines = ContractRecords.linesByContract(session,
                    contracts.stream().map(Contract::getId).toList());
            Map<Long, Product> products = ContractRecords.products(session);
            return contracts.stream()
                    .map(c -> summary(c, clients.get(c.getClientId()), lines.getOrDefault(c.getId(), List.of()), products, today))
                    .sorted(Comparator.comparing(ContractSummary::clientName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(ContractSummary::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    private static boolean matches(ContractFilter filter, Contract contract, Client client) {
        if (filter.status() != null && contract.getStatus() != filter.status()) {
            return false;
        }
        if (filter.clientId() != null && !filter.clientId().equals(contract.getClientId())) {
            return false;
        }
        if (filter.renewingBy() != null && (!EDITABLE.contains(contract.getStatus()) || contract.getEndDate() == null
                || contract.getEndDate().isAfter(filter.renewingBy()))) {
            return false;
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String needle = filter.text().trim().toLowerCase(Locale.ROOT);
            return contract.getName().toLowerCase(Locale.ROOT).contains(needle)
                    || client != null && client.getName().toLowerCase(Locale.ROOT).contains(needle);
        }
        return true;
    }

    static ContractSummary summary(Contract contract, Client client, List<ContractLine> lines, Map<Long, Product> products,
                                   LocalDate today) {
        LocalDate valueDate = contract.getStartDate().isAfter(today) ? contract.getStartDate() : today;
        Money value = ContractPricing.monthlyValue(lines, products, Money.currency(client.getCurrency()), valueDate);
        LocalDate nextRenewal = EDITABLE.contains(contract.getStatus()) && contract.getEndDate() != null
                ? contract.getEndDate().plusDays(1) : null;
        return new ContractSummary(contract.getId(), contract.getVersion(), contract.getClientId(), client.getName(),
                contract.getName(), contract.getStatus(), contract.getStartDate(), contract.getEndDate(),
                contract.getTermMonths(), contract.isAutoRenew(), value, nextRenewal);
    }

    /** Clients (by name) and active products (by SKU) to choose from when editing. */
    public record Choices(List<Client> clients, List<Product> products) {
    }

    public Choices choices() {
        return store.read(session -> new Choices(
                session.createSelectionQuery("from Client where active = true order by name", Client.class).getResultList(),
                session.createSelectionQuery("from Product where active = true order by sku", Product.class).getResultList()));
    }

    public ContractDetail get(long id, LocalDate today) {
        return store.read(session -> {
            Contract contract = ContractRecords.require(session, id);
            Client client = session.find(Client.class, contract.getClientId());
            List<ContractLine> lines = ContractRecords.lines(session, id);
            Map<Long, Product> products = ContractRecords.products(session);
            ContractSummary summary = summary(contract, client, lines, products, today);
            return new ContractDetail(contract, client.getName(), client.getCurrency(), lines, products, summary.monthlyValue());
        });
    }

    /** Creates a draft contract; it bills only once activated. */
    public long create(ContractInput input) {
        return store.inTransaction(session -> {
            ContractValidation.check(session, input, Map.of());
            Contract contract = new Contract();
            contract.setStatus(ContractStatus.DRAFT);
            applyHeader(contract, input);
            session.persist(contract);
            List<ContractLine> lines = applyLines(session, contract, input, List.of());
            AuditLog.record(session, ContractRecords.AUDIT_TYPE, contract.getId(), "create", null,
                    ContractRecords.snapshot(contract, lines), null);
            return contract.getId();
        });
    }

    public void update(long id, long expectedVersion, ContractInput input) {
        store.write(session -> {
            Contract contract = ContractRecords.require(session, id);
            Versions.require(contract, expectedVersion, "Contract '" + contract.getName() + "'");
            requireStatus(contract, EDITABLE, "edited");
            List<ContractLine> existing = ContractRecords.lines(session, id);
            ContractRecords.Snapshot before = ContractRecords.snapshot(contract, existing);
            ContractValidation.check(session, input, existing.stream()
                    .collect(Collectors.toMap(ContractLine::getId, ContractLine::getProductId)));
            applyHeader(contract, input);
            List<ContractLine> lines = applyLines(session, contract, input, existing);
            AuditLog.record(session, ContractRecords.AUDIT_TYPE, id, "update", before,
                    ContractRecords.snapshot(contract, lines), null);
        });
    }

    /** A new draft with the same client, dates and lines: the quick way to offer a similar contract. */
    public long duplicate(long id) {
        ContractInput copy = store.read(session -> {
            Contract original = ContractRecords.require(session, id);
            ContractInput input = ContractInput.of(original, ContractRecords.lines(session, id));
            List<ContractInput.Line> lines = input.lines().stream()
                    .map(l -> new ContractInput.Line(null, l.productId(), l.description(), l.quantity(), l.unitPrice(),
                            l.discountPct(), l.billingFrequency(), l.startDate(), l.endDate()))
                    .toList();
            String name = "Copy of " + original.getName();
            return new ContractInput(input.clientId(), name.length() > 200 ? name.substring(0, 200) : name,
                    input.startDate(), input.endDate(), input.termMonths(), input.autoRenew(), input.renewalUpliftPct(),
                    input.notes(), lines);
        });
        return create(copy);
    }

    public void activate(long id, long expectedVersion) {
        transition(id, expectedVersion, EnumSet.of(ContractStatus.DRAFT), "activated", "activate", null, contract ->
                contract.setStatus(ContractStatus.ACTIVE));
    }

    /** The contract stops billing after {@code effective}: its end date and every later line end move there. */
    public void end(long id, long expectedVersion, LocalDate effective, String reason) {
        stop(id, expectedVersion, ContractStatus.ENDED, EnumSet.of(ContractStatus.ACTIVE), effective, reason, "end");
    }

    /** Cancels a draft or a live contract from {@code effective}; a reason is required, it is part of history. */
    public void cancel(long id, long expectedVersion, LocalDate effective, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Cancelling a contract needs a reason (it is kept in the contract's history).");
        }
        stop(id, expectedVersion, ContractStatus.CANCELLED, EDITABLE, effective, reason, "cancel");
    }

    private void stop(long id, long expectedVersion, ContractStatus target, Set<ContractStatus> from, LocalDate effective,
                      String reason, String action) {
        if (effective == null) {
            throw new InvalidInputException("Give the effective date from which the contract stops.");
        }
        transition(id, expectedVersion, from, action.equals("end") ? "ended" : "cancelled", action, reason, contract -> {
            if (effective.isBefore(contract.getStartDate())) {
                throw new InvalidInputException("Effective date " + effective + " is before the contract's start "
                        + contract.getStartDate() + ": choose a date on or after the start.");
            }
            contract.setStatus(target);
            contract.setEndDate(effective);
        });
    }

    private void transition(long id, long expectedVersion, Set<ContractStatus> from, String verb, String action,
                            String reason, java.util.function.Consumer<Contract> change) {
        store.write(session -> {
            Contract contract = ContractRecords.require(session, id);
            Versions.require(contract, expectedVersion, "Contract '" + contract.getName() + "'");
            requireStatus(contract, from, verb);
            List<ContractLine> lines = ContractRecords.lines(session, id);
            ContractRecords.Snapshot before = ContractRecords.snapshot(contract, lines);
            change.accept(contract);
            if (contract.getEndDate() != null) {
                lines.stream()
                        .filter(l -> l.getEndDate() == null || l.getEndDate().isAfter(contract.getEndDate()))
                        .forEach(l -> l.setEndDate(contract.getEndDate()));
            }
            AuditLog.record(session, ContractRecords.AUDIT_TYPE, id, action, before,
                    ContractRecords.snapshot(contract, lines), reason);
        });
    }

    public List<AuditEvent> history(long id) {
        return store.read(session -> AuditLog.history(session, ContractRecords.AUDIT_TYPE, id));
    }

    static void requireStatus(Contract contract, Set<ContractStatus> allowed, String verb) {
        if (!allowed.contains(contract.getStatus())) {
            throw new ConflictException("Contract '" + contract.getName() + "' is "
                    + contract.getStatus().name().toLowerCase(Locale.ROOT) + " and can no longer be " + verb
                    + ". Duplicate it to start a new one.");
        }
    }

    private static void applyHeader(Contract contract, ContractInput input) {
        contract.setClientId(input.clientId());
        contract.setName(input.name().trim());
        contract.setStartDate(input.startDate());
        contract.setTermMonths(input.termMonths());
        contract.setEndDate(input.endDate() != null || input.termMonths() == null ? input.endDate()
                : input.startDate().plusMonths(input.termMonths()).minusDays(1));
        contract.setAutoRenew(input.autoRenew());
        contract.setRenewalUpliftPct(input.renewalUpliftPct());
        contract.setNotes(input.notes());
    }

    /** Makes the stored lines equal the input's: updates those named by id, adds new ones, removes the rest. */
    private static List<ContractLine> applyLines(Session session, Contract contract, ContractInput input,
                                                 List<ContractLine> existing) {
        Map<Long, ContractLine> byId = existing.stream().collect(Collectors.toMap(ContractLine::getId, Function.identity(),
                (a, b) -> a, HashMap::new));
        List<ContractLine> result = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            ContractInput.Line in = input.lines().get(i);
            ContractLine line;
            if (in.id() == null) {
                line = new ContractLine();
                line.setContractId(contract.getId());
            } else {
                line = byId.remove(in.id());
                if (line == null) {
                    throw new InvalidInputException("Line " + (i + 1) + " (id " + in.id()
                            + ") is not a line of this contract: reload the contract and edit again.");
                }
            }
            line.setProductId(in.productId());
            line.setDescription(in.description());
            line.setQuantity(in.quantity());
            line.setUnitPrice(in.unitPrice());
            line.setDiscountPct(in.discountPct() == null ? BigDecimal.ZERO : in.discountPct());
            line.setBillingFrequency(in.billingFrequency() == null ? BillingFrequency.MONTHLY : in.billingFrequency());
            line.setStartDate(in.startDate());
            line.setEndDate(in.endDate());
            if (line.getId() == null) {
                session.persist(line);
            }
            result.add(line);
        }
        byId.values().forEach(session::remove);
        return result;
    }
}
