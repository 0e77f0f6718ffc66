package dev.billingone.workstation.billing;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.DeviceSnapshot;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Everything generation reads for one period, loaded in a handful of queries (never one per client) and then
 * used detached: clients, catalog, active contracts and their lines, Pax8 subscriptions with the company and
 * product mappings, and the latest device counts up to the period's end.
 */
public final class BillingInputs {
    /** Pax8 states that are still billed; a cancelled subscription is billed up to its end date. */
    static final Set<SubscriptionStatus> BILLED_STATES = EnumSet.of(SubscriptionStatus.Active,
            SubscriptionStatus.PendingCancel, SubscriptionStatus.Cancelled, SubscriptionStatus.Activated,
            SubscriptionStatus.Converted);

    final Period period;
    final Organization organization;
    final Map<Long, Client> clients;
    final Map<Long, Product> products;
    final Map<Long, List<Contract>> contractsByClient;
    final Map<Long, List<ContractLine>> linesByContract;
    final Map<Long, List<Subscription>> subscriptionsByClient;
    final Map<String, Long> productByVendorProduct;
    final Map<String, String> vendorProductNames;
    final Map<Long, Map<String, Integer>> devicesByClient;

    private BillingInputs(Period period, Organization organization, Map<Long, Client> clients, Map<Long, Product> products,
                          Map<Long, List<Contract>> contractsByClient, Map<Long, List<ContractLine>> linesByContract,
                          Map<Long, List<Subscription>> subscriptionsByClient, Map<String, Long> productByVendorProduct,
                          Map<String, String> vendorProductNames, Map<Long, Map<String, Integer>> devicesByClient) {
        this.period = period;
        this.organization = organization;
        this.clients = clients;
        this.products = products;
        this.contractsByClient = contractsByClient;
        this.linesByContract = linesByContract;
        this.subscriptionsByClient = subscriptionsByClient;
        this.productByVendorProduct = productByVendorProduct;
        this.vendorProductNames = vendorProductNames;
        this.devicesByClient = devicesByClient;
    }

    /** Loads the inputs for all active clients, or only {@code clientIds} when given (non-empty). */
    public static BillingInputs load(Session session, Period period, Collection<Long> clientIds) {
        Organization organization = session.createSelectionQuery("from Organization order by id", Organization.class)
                .setMaxResults(1).uniqueResult();
        boolean some = clientIds != null && !clientIds.isEmpty();
        List<Client> clientList = some
                ? session.createSelectionQuery("from Client where id in (:ids) order by name", Client.class)
                        .setParameterList("ids", clientIds).getResultList()
                : session.createSelectionQuery("from Client where active = true order by name", Client.class).getResultList();
        Map<Long, Client> clients = clientList.stream()
                .collect(Collectors.toMap(Client::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Product> products = session.createSelectionQuery("from Product", Product.class).getResultList().stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));

        List<Contract> contracts = session.createSelectionQuery("from Contract where status = :active "
                        + "and startDate <= :last and (endDate is null or endDate >= :first)", Contract.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("first", period.firstDay())
                // Quarterly and annual lines are billed in advance in a month of their cycle, so only contracts
                // running during this period can bill in it.
                .setParameter("last", period.lastDay())
                .getResultList();
        Map<Long, List<Contract>> contractsByClient = new HashMap<>();
        contracts.stream().filter(c -> clients.containsKey(c.getClientId()))
                .forEach(c -> contractsByClient.computeIfAbsent(c.getClientId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<ContractLine>> linesByContract = new HashMap<>();
        if (!contracts.isEmpty()) {
            session.createSelectionQuery("select l from ContractLine l, Contract c where l.contractId = c.id "
                            + "and c.status = :active and c.startDate <= :last and (c.endDate is null or c.endDate >= :first) "
                            + "order by l.id", ContractLine.class)
                    .setParameter("active", ContractStatus.ACTIVE)
                    .setParameter("first", period.firstDay())
                    .setParameter("last", period.lastDay())
                    .getResultList()
                    .forEach(l -> linesByContract.computeIfAbsent(l.getContractId(), k -> new ArrayList<>()).add(l));
        }

        Map<String, Long> clientByCompany = new HashMap<>();
        session.createSelectionQuery("select externalId, clientId from ExternalAccount where system = :pax8 and clientId is not null",
                        Object[].class)
                .setParameter("pax8", ExternalSystem.PAX8)
                .getResultList()
                .forEach(row -> clientByCompany.put((String) row[0], (Long) row[1]));
        Map<String, Long> productByVendorProduct = new HashMap<>();
        Map<String, String> vendorProductNames = new HashMap<>();
        session.createSelectionQuery("select externalId, productId, name from VendorProduct where system = :pax8", Object[].class)
                .setParameter("pax8", ExternalSystem.PAX8)
                .getResultList()
                .forEach(row -> {
                    if (row[1] != null) {
                        productByVendorProduct.put((String) row[0], (Long) row[1]);
                    }
                    vendorProductNames.put((String) row[0], (String) row[2]);
                });
        Map<Long, List<Subscription>> subscriptionsByClient = new HashMap<>();
        session.createSelectionQuery("from Subscription where system = :pax8 and status in (:states) "
                        + "and (startDate is null or startDate <= :last) and (endDate is null or endDate >= :first) "
                        + "order by externalId", Subscription.class)
                .setParameter("pax8", ExternalSystem.PAX8)
                .setParameterList("states", BILLED_STATES)
                .setParameter("first", period.firstDay())
                .setParameter("last", period.lastDay())
                .getResultList()
                .forEach(s -> {
                    Long clientId = clientByCompany.get(s.getCompanyExternalId());
                    if (clientId != null && clients.containsKey(clientId)) {
                        subscriptionsByClient.computeIfAbsent(clientId, k -> new ArrayList<>()).add(s);
                    }
                });

        Map<Long, Map<String, Integer>> devicesByClient = new HashMap<>();
        session.createSelectionQuery("from DeviceSnapshot d where d.asOf = (select max(e.asOf) from DeviceSnapshot e "
                        + "where e.clientId = d.clientId and e.deviceClass = d.deviceClass and e.asOf <= :last)",
                        DeviceSnapshot.class)
                .setParameter("last", period.lastDay())
                .getResultList()
                .forEach(d -> devicesByClient.computeIfAbsent(d.getClientId(), k -> new HashMap<>())
                        .put(d.getDeviceClass(), d.getDeviceCount()));
        return new BillingInputs(period, organization, clients, products, contractsByClient, linesByContract,
                subscriptionsByClient, productByVendorProduct, vendorProductNames, devicesByClient);
    }

    public Period period() {
        return period;
    }

    public Organization organization() {
        return organization;
    }

    public Collection<Client> clients() {
        return clients.values();
    }
}
