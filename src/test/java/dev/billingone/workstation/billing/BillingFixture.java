package dev.billingone.workstation.billing;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.DeviceSnapshot;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.Session;

/** Builders for the billing inputs other features own, written the way those features store them. */
final class BillingFixture {
    private BillingFixture() {
    }

    static Organization organization(Session session) {
        Organization org = new Organization();
        org.setName("Acme MSP");
        org.setSlug("acme");
        org.setBaseCurrency("AUD");
        org.setDefaultTaxType("OUTPUT");
        session.persist(org);
        return org;
    }

    static Client client(Session session, String name) {
        Client client = new Client();
        client.setName(name);
        client.setCurrency("AUD");
        client.setTaxTreatment(LineAmountTypes.Exclusive);
        session.persist(client);
        return client;
    }

    static Product product(Session session, String sku, String price) {
        Product product = new Product();
        product.setSku(sku);
        product.setName("Product " + sku);
        product.setUnitPrice(price == null ? null : new BigDecimal(price));
        product.setCurrency("AUD");
        product.setTaxType("OUTPUT");
        product.setSalesAccountCode("200");
        session.persist(product);
        return product;
    }

    static Product deviceProduct(Session session, String sku, String price, String deviceClass) {
        Product product = product(session, sku, price);
        product.setBillingUnit(BillingUnit.PER_DEVICE);
        product.setDeviceClass(deviceClass);
        return product;
    }

    static Contract contract(Session session, Client client, LocalDate start, LocalDate end) {
        Contract contract = new Contract();
        contract.setClientId(client.getId());
        contract.setName("Managed services " + client.getName());
        contract.setStatus(ContractStatus.ACTIVE);
        contract.setStartDate(start);
        contract.setEndDate(end);
        session.persist(contract);
        return contract;
    }

    static ContractLine contractLine(Session session, Contract contract, Product product, String quantity, String unitPrice) {
        ContractLine line = new ContractLine();
        line.setContractId(contract.getId());
        line.setProductId(product.getId());
        line.setQuantity(new BigDecimal(quantity));
        line.setUnitPrice(unitPrice == null ? null : new BigDecimal(unitPrice));
        line.setBillingFrequency(BillingFrequency.MONTHLY);
        session.persist(line);
        return line;
    }

    static void pax8Company(Session session, Client client, String companyId) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(ExternalSystem.PAX8);
        account.setExternalId(companyId);
        account.setName(client.getName());
        account.setClientId(client.getId());
        session.persist(account);
    }

    static void xeroContact(Session session, Client client, String contactId) {
        account(session, ExternalSystem.XERO, client, contactId);
    }

    /** The client's contact (Xero) or customer (QBO) in a billing system. */
    static void account(Session session, ExternalSystem system, Client client, String contactId) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(system);
        account.setExternalId(contactId);
        account.setName(client.getName());
        account.setClientId(client.getId());
        session.persist(account);
    }

    static VendorProduct vendorProduct(Session session, String externalId, Product product) {
        return vendorProduct(session, ExternalSystem.PAX8, externalId, product);
    }

    /** {@code product} as {@code system} knows it (a Pax8 product, a QBO item). */
    static VendorProduct vendorProduct(Session session, ExternalSystem system, String externalId, Product product) {
        VendorProduct vendor = new VendorProduct();
        vendor.setSystem(system);
        vendor.setExternalId(externalId);
        vendor.setName(system.displayName() + " " + externalId);
        vendor.setProductId(product == null ? null : product.getId());
        session.persist(vendor);
        return vendor;
    }

    static Subscription subscription(Session session, String id, String companyId, String vendorProductId, String quantity,
                                     LocalDate start, LocalDate end) {
        Subscription subscription = new Subscription();
        subscription.setSystem(ExternalSystem.PAX8);
        subscription.setExternalId(id);
        subscription.setCompanyExternalId(companyId);
        subscription.setVendorProductExternalId(vendorProductId);
        subscription.setQuantity(new BigDecimal(quantity));
        subscription.setCurrency("AUD");
        subscription.setBillingTerm(BillingTerm.Monthly);
        subscription.setStatus(SubscriptionStatus.Active);
        subscription.setStartDate(start);
        subscription.setEndDate(end);
        session.persist(subscription);
        return subscription;
    }

    static void devices(Session session, Client client, String deviceClass, int count, LocalDate asOf) {
        DeviceSnapshot snapshot = new DeviceSnapshot();
        snapshot.setClientId(client.getId());
        snapshot.setDeviceClass(deviceClass);
        snapshot.setDeviceCount(count);
        snapshot.setAsOf(asOf);
        snapshot.setSource("test");
        session.persist(snapshot);
    }

    static NewInvoiceLine manualLine(String description, String quantity, String unitPrice, String discountPct) {
        return new NewInvoiceLine(null, null, description, new BigDecimal(quantity), new BigDecimal(unitPrice),
                new BigDecimal(discountPct), "OUTPUT", "200", null, null, LineSource.MANUAL, null);
    }
}
