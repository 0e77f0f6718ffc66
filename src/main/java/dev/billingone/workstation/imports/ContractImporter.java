package dev.billingone.workstation.imports;

import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Contracts as one row per line: client name + contract name + product SKU is the key. The first row of a new
 * contract creates it (status and dates from that row); a contract's existing header is left as it is.
 */
final class ContractImporter implements KindImporter<ContractLine> {
    private static final ValueType STATUS = ValueType.enumeration(ContractStatus.class, Map.of());
    private static final ValueType FREQUENCY = ValueType.enumeration(BillingFrequency.class, Map.of(
            "Monthly", BillingFrequency.MONTHLY, "Quarterly", BillingFrequency.QUARTERLY, "Annually", BillingFrequency.ANNUAL,
            "Yearly", BillingFrequency.ANNUAL));

    @Override
    public ImportKind kind() {
        return ImportKind.CONTRACTS;
    }

    @Override
    public List<ImportField<ContractLine>> fields(ImportContext context) {
        Map<Long, Contract> contracts = context.cache("contractsById");
        Map<Long, String> skus = context.cache("skuByProductId");
        return List.of(
                ImportField.linked("client", "Client", ValueType.TEXT, true,
                        l -> ClientNames.nameOf(context, contracts.get(l.getContractId()).getClientId())),
                ImportField.linked("contract", "Contract", ValueType.TEXT, true, l -> contracts.get(l.getContractId()).getName()),
                ImportField.linked("status", "Status", STATUS, false, l -> contracts.get(l.getContractId()).getStatus()),
                ImportField.linked("contractStart", "Contract start", ValueType.DATE, false, l -> contracts.get(l.getContractId()).getStartDate()),
                ImportField.linked("contractEnd", "Contract end", ValueType.DATE, false, l -> contracts.get(l.getContractId()).getEndDate()),
                ImportField.linked("sku", "SKU", ValueType.TEXT, true, l -> skus.get(l.getProductId())),
                ImportField.of("description", "Description", ValueType.TEXT, ContractLine::getDescription, (l, v) -> l.setDescription((String) v)),
                ImportField.required("quantity", "Quantity", ValueType.DECIMAL, ContractLine::getQuantity, (l, v) -> l.setQuantity((BigDecimal) v)),
                ImportField.of("unitPrice", "Unit price", ValueType.DECIMAL, ContractLine::getUnitPrice, (l, v) -> l.setUnitPrice((BigDecimal) v)),
                ImportField.of("discountPct", "Discount %", ValueType.DECIMAL, ContractLine::getDiscountPct,
                        (l, v) -> l.setDiscountPct(v == null ? BigDecimal.ZERO : (BigDecimal) v)),
                ImportField.of("billingFrequency", "Billing frequency", FREQUENCY, ContractLine::getBillingFrequency,
                        (l, v) -> l.setBillingFrequency(v == null ? BillingFrequency.MONTHLY : (BillingFrequency) v)));
    }

    @Override
    public List<Preset> presets() {
        return List.of();
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("client", "contract", "sku", "quantity");
    }

    @Override
    public String key(Session session, ParsedRow row, ImportContext context) {
        Long clientId = ClientNames.resolve(session, context, row, "client");
        String contract = row.text("contract");
        if (contract == null) {
            row.problem("contract", "is empty: name the contract, e.g. Managed Services 2026");
        }
        Long productId = productId(session, context, row);
        if (clientId == null || productId == null || !row.valid()) {
            return null;
        }
        row.resolved("clientId", clientId);
        row.resolved("productId", productId);
        return clientId + "|" + contract + "|" + productId;
    }

    private static Long productId(Session session, ImportContext context, ParsedRow row) {
        String sku = row.text("sku");
        if (sku == null) {
            row.problem("sku", "is empty: give the catalog SKU of the line's product");
            return null;
        }
        Map<String, Long> ids = context.cache("productIdBySku");
        Long id = ids.computeIfAbsent(sku, s -> session.createSelectionQuery("select id from Product where sku = :sku", Long.class)
                .setParameter("sku", s).uniqueResultOptional().orElse(null));
        if (id == null) {
            row.problem("sku", "is not in the catalog: import or add the product first");
        }
        return id;
    }

    @Override
    public Map<String, ContractLine> existing(Session session, ImportContext context, List<ParsedRow> rows) {
        List<Long> clientIds = rows.stream().map(r -> (Long) r.resolved("clientId")).distinct().toList();
        Map<Long, Contract> contracts = new HashMap<>();
        session.createSelectionQuery("from Contract where clientId in :clients", Contract.class).setParameter("clients", clientIds)
                .getResultList().forEach(c -> contracts.put(c.getId(), c));
        Map<String, ContractLine> byKey = new HashMap<>();
        if (contracts.isEmpty()) {
            return byKey;
        }
        session.createSelectionQuery("from ContractLine where contractId in :contracts", ContractLine.class)
                .setParameter("contracts", contracts.keySet()).getResultList()
                .forEach(line -> {
                    Contract c = contracts.get(line.getContractId());
                    byKey.put(c.getClientId() + "|" + c.getName() + "|" + line.getProductId(), line);
                });
        return byKey;
    }

    @Override
    public ContractLine create(Session session, ImportContext context, ParsedRow row, boolean write) {
        ContractLine line = new ContractLine();
        line.setProductId(row.resolved("productId"));
        Contract contract = contract(session, context, row, write);
        if (contract != null) {
            line.setContractId(contract.getId());
        }
        return line;
    }

    /** The row's contract, found or (when writing) created from the row's status and dates. */
    private static Contract contract(Session session, ImportContext context, ParsedRow row, boolean write) {
        Long clientId = row.resolved("clientId");
        String name = row.text("contract");
        Contract existing = session.createSelectionQuery("from Contract where clientId = :client and name = :name", Contract.class)
                .setParameter("client", clientId).setParameter("name", name).uniqueResultOptional().orElse(null);
        if (existing != null) {
            return existing;
        }
        Map<String, Boolean> planned = context.cache("plannedContracts");
        if (row.value("contractStart") == null && planned.get(clientId + "|" + name) == null) {
            row.problem(row.has("contractStart") ? row.header("contractStart") : "Contract start", row.has("contractStart") ? "" : null,
                    "is required on the first row of a new contract (e.g. 2026-01-01)");
            return null;
        }
        planned.put(clientId + "|" + name, true);
        if (!write) {
            return null;
        }
        Contract contract = new Contract();
        contract.setClientId(clientId);
        contract.setName(name);
        contract.setStatus(row.value("status") == null ? ContractStatus.ACTIVE : (ContractStatus) row.value("status"));
        contract.setStartDate((LocalDate) row.value("contractStart"));
        contract.setEndDate((LocalDate) row.value("contractEnd"));
        session.persist(contract);
        return contract;
    }

    @Override
    public void prepareExport(Session session, ImportContext context) {
        ClientNames.idsByName(session, context);
        Map<Long, Contract> contracts = context.cache("contractsById");
        session.createSelectionQuery("from Contract", Contract.class).getResultList().forEach(c -> contracts.put(c.getId(), c));
        Map<Long, String> skus = context.cache("skuByProductId");
        session.createSelectionQuery("select p.id, p.sku from Product p where p.id in (select l.productId from ContractLine l)", Object[].class)
                .getResultList().forEach(r -> skus.put((Long) r[0], (String) r[1]));
    }

    @Override
    public Stream<ContractLine> all(Session session) {
        return session.createSelectionQuery("from ContractLine order by contractId, id", ContractLine.class).getResultStream();
    }
}
