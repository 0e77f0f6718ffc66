package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.Session;

/** Small, exact test data: every helper persists one record the way sync or import would leave it. */
public final class Fixtures {
    private final Session session;
    private int sequence;

    public Fixtures(Session session) {
        this.session = session;
    }

    public Organization organization(String name) {
        Organization org = new Organization();
        org.setName(name);
        org.setSlug("org-" + (++sequence));
        org.setBaseCurrency("AUD");
        session.persist(org);
        return org;
    }

    /** A client with its Pax8 company and Xero contact, both mapped. */
    public Client client(String name) {
        Client client = new Client();
        client.setName(name);
        client.setCurrency("AUD");
        session.persist(client);
        account(ExternalSystem.PAX8, "pax8-" + name, name, client.getId());
        account(ExternalSystem.XERO, "xero-" + name, name, client.getId());
        return client;
    }

    public ExternalAccount account(ExternalSystem system, String externalId, String name, Long clientId) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(system);
        account.setExternalId(externalId);
        account.setName(name);
        account.setClientId(clientId);
        session.persist(account);
        return account;
    }

    /** A per-user product sold through Pax8 (its vendor product is mapped to it). */
    public Product product(String sku, String price) {
        Product product = catalog(sku, price, BillingUnit.PER_USER, null);
        vendorProduct("vp-" + sku, sku + " (Pax8)", product.getId());
        return product;
    }

    public Product deviceProduct(String sku, String price, String deviceClass) {
        return catalog(sku, price, BillingUnit.PER_DEVICE, deviceClass);
    }

    public Product catalog(String sku, String price, BillingUnit unit, String deviceClass) {
        Product product = new Product();
        product.setSku(sku);
        product.setName("Product " + sku);
        product.setUnitPrice(new BigDecimal(price));
        product.setCurrency("AUD");
        product.setBillingUnit(unit);
        product.setDeviceClass(deviceClass);
        product.setVendor(unit == BillingUnit.PER_DEVICE ? "NinjaOne" : "Microsoft");
        session.persist(product);
        return product;
    }

    public VendorProduct vendorProduct(String externalId, String name, Long productId) {
        VendorProduct vp = new VendorProduct();
        vp.setSystem(ExternalSystem.PAX8);
        vp.setExternalId(externalId);
        vp.setName(name);
        vp.setVendorName("Microsoft");
        vp.setProductId(productId);
        session.persist(vp);
        return vp;
    }

    public Subscription subscription(String company, String vendorProduct, String quantity, String price, BillingTerm term,
                              LocalDate start, LocalDate end) {
        Subscription s = new Subscription();
        s.setSystem(ExternalSystem.PAX8);
        s.setExternalId("sub-" + (++sequence));
        s.setCompanyExternalId(company);
        s.setVendorProductExternalId(vendorProduct);
        s.setQuantity(new BigDecimal(quantity));
        s.setPrice(new BigDecimal(price));
        s.setCurrency("AUD");
        s.setBillingTerm(term);
        s.setStatus(end == null ? SubscriptionStatus.Active : SubscriptionStatus.Cancelled);
        s.setStartDate(start);
        s.setEndDate(end);
        session.persist(s);
        return s;
    }

    public Subscription monthly(Client client, Product product, String quantity, String price) {
        return subscription("pax8-" + client.getName(), "vp-" + product.getSku(), quantity, price, BillingTerm.Monthly,
                LocalDate.of(2025, 1, 1), null);
    }

    public DeviceSnapshot devices(Client client, String deviceClass, int count, LocalDate asOf) {
        DeviceSnapshot snapshot = new DeviceSnapshot();
        snapshot.setClientId(client.getId());
        snapshot.setDeviceClass(deviceClass);
        snapshot.setDeviceCount(count);
        snapshot.setAsOf(asOf);
        snapshot.setSource("RMM");
        session.persist(snapshot);
        return snapshot;
    }

    public ContractLine contract(Client client, Product product, String quantity, String unitPrice) {
        Contract contract = new Contract();
        contract.setClientId(client.getId());
        contract.setName("Managed services " + client.getName());
        contract.setStatus(ContractStatus.ACTIVE);
        contract.setStartDate(LocalDate.of(2025, 7, 1));
        session.persist(contract);
        ContractLine line = new ContractLine();
        line.setContractId(contract.getId());
        line.setProductId(product.getId());
        line.setQuantity(new BigDecimal(quantity));
        line.setUnitPrice(unitPrice == null ? null : new BigDecimal(unitPrice));
        session.persist(line);
        return line;
    }

    public InvoiceSnapshot xeroInvoice(String contact, LocalDate issued, String status, LineAmountTypes types) {
        InvoiceSnapshot invoice = new InvoiceSnapshot();
        invoice.setSystem(ExternalSystem.XERO);
        invoice.setExternalId("inv-" + (++sequence));
        invoice.setInvoiceNumber("INV-" + sequence);
        invoice.setContactExternalId(contact);
        invoice.setIssueDate(issued);
        invoice.setDueDate(issued.plusDays(14));
        invoice.setStatus(status);
        invoice.setCurrency("AUD");
        invoice.setLineAmountTypes(types);
        invoice.setSubtotal(BigDecimal.ZERO);
        invoice.setTotalTax(BigDecimal.ZERO);
        invoice.setTotal(BigDecimal.ZERO);
        invoice.setAmountDue(BigDecimal.ZERO);
        invoice.setAmountPaid(BigDecimal.ZERO);
        session.persist(invoice);
        return invoice;
    }

    public InvoiceSnapshot billed(Client client, LocalDate issued, String status) {
        return xeroInvoice("xero-" + client.getName(), issued, status, LineAmountTypes.Exclusive);
    }

    public InvoiceSnapshotLine line(InvoiceSnapshot invoice, String itemCode, String quantity, String lineAmount, String tax) {
        InvoiceSnapshotLine line = new InvoiceSnapshotLine();
        line.setInvoiceId(invoice.getId());
        line.setLineNo(++sequence);
        line.setItemCode(itemCode);
        line.setDescription("line " + itemCode);
        line.setQuantity(new BigDecimal(quantity));
        line.setLineAmount(new BigDecimal(lineAmount));
        line.setTaxAmount(new BigDecimal(tax));
        session.persist(line);
        return line;
    }
}
