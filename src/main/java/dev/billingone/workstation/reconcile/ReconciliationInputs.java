package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.subscriptions.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Everything one period's reconciliation reads, loaded in a handful of queries (not per client), so that
 * {@link Reconciler} is a pure function of it and 2,000 clients cost the same queries as 20.
 */
public record ReconciliationInputs(Period period, String baseCurrency, Map<Long, Client> clients, Map<Long, Product> products,
                                   List<ExternalAccount> accounts, List<VendorProduct> vendorProducts,
                                   List<Subscription> subscriptions, List<DeviceSnapshot> latestDevices,
                                   List<ContractTerm> contractLines, List<InvoiceSnapshot> invoices,
                                   Map<Long, List<InvoiceSnapshotLine>> invoiceLines, List<GeneratedInvoice> generated,
                                   Map<Long, List<GeneratedInvoiceLine>> generatedLines) {

    /** Statuses of synced invoices that mean "billed"; drafts, voided and deleted ones do not. */
    public static final Set<String> BILLED_STATUSES = Set.of("AUTHORISED", "PAID", "SUBMITTED");

    /** A contract line with the contract it belongs to (whose dates and client bound it). */
    public record ContractTerm(Contract contract, ContractLine line) {
    }

    public static ReconciliationInputs load(Session session, Period period) {
        String baseCurrency = session.createSelectionQuery("from Organization", Organization.class)
                .setMaxResults(1).getResultList().stream().map(Organization::getBaseCurrency).findFirst().orElse(null);
        Map<Long, Client> clients = byId(session.createSelectionQuery("from Client", Client.class).getResultList(), Client::getId);
        Map<Long, Product> products = byId(session.createSelectionQuery("from Product", Product.class).getResultList(), Product::getId);
        List<Subscription> subscriptions = session.createSelectionQuery(
                        "from Subscription where (startDate is null or startDate <= :last) and (endDate is null or endDate >= :first)",
                        Subscription.class)
                .setParameter("first", period.firstDay()).setParameter("last", period.lastDay()).getResultList();
        List<DeviceSnapshot> devices = session.createSelectionQuery(
                        "from DeviceSnapshot d where d.asOf = (select max(e.asOf) from DeviceSnapshot e where e.clientId = d.clientId"
                                + " and e.deviceClass = d.deviceClass and e.asOf <= :last)", DeviceSnapshot.class)
                .setParameter("last", period.lastDay()).getResultList();
        List<ContractTerm> contractLines = session.createSelectionQuery(
                        "select c, l from Contract c, ContractLine l where l.contractId = c.id and c.status in (:statuses)"
                                + " and c.startDate <= :last and (c.endDate is null or c.endDate >= :first)", Object[].class)
                .setParameter("statuses", List.of(ContractStatus.ACTIVE, ContractStatus.ENDED))
                .setParameter("first", period.firstDay()).setParameter("last", period.lastDay())
                .getResultList().stream().map(r -> new ContractTerm((Contract) r[0], (ContractLine) r[1])).toList();
        List<InvoiceSnapshot> invoices = session.createSelectionQuery(
                        "from InvoiceSnapshot where issueDate between :first and :last and status in (:statuses)", InvoiceSnapshot.class)
                .setParameter("first", period.firstDay()).setParameter("last", period.lastDay())
                .setParameter("statuses", BILLED_STATUSES).getResultList();
        Map<Long, List<InvoiceSnapshotLine>> invoiceLines = session.createSelectionQuery(
                        "select l from InvoiceSnapshotLine l, InvoiceSnapshot i where l.invoiceId = i.id"
                                + " and i.issueDate between :first and :last and i.status in (:statuses) order by l.lineNo",
                        InvoiceSnapshotLine.class)
                .setParameter("first", period.firstDay()).setParameter("last", period.lastDay())
                .setParameter("statuses", BILLED_STATUSES).getResultList().stream()
                .collect(Collectors.groupingBy(InvoiceSnapshotLine::getInvoiceId));
        List<GeneratedInvoice> generated = session.createSelectionQuery(
                        "from GeneratedInvoice where period = :period and status <> :void", GeneratedInvoice.class)
                .setParameter("period", period.toString()).setParameter("void", InvoiceStatus.VOID).getResultList();
        Map<Long, List<GeneratedInvoiceLine>> generatedLines = session.createSelectionQuery(
                        "select l from GeneratedInvoiceLine l, GeneratedInvoice i where l.invoiceId = i.id"
                                + " and i.period = :period and i.status <> :void order by l.lineNo", GeneratedInvoiceLine.class)
                .setParameter("period", period.toString()).setParameter("void", InvoiceStatus.VOID).getResultList().stream()
                .collect(Collectors.groupingBy(GeneratedInvoiceLine::getInvoiceId));
        return new ReconciliationInputs(period, baseCurrency, clients, products,
                session.createSelectionQuery("from ExternalAccount", ExternalAccount.class).getResultList(),
                session.createSelectionQuery("from VendorProduct", VendorProduct.class).getResultList(),
                subscriptions, devices, new ArrayList<>(contractLines), invoices, invoiceLines, generated, generatedLines);
    }

    private static <T> Map<Long, T> byId(List<T> list, java.util.function.Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>(list.size() * 2);
        list.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
