package dev.billingone.workstation.demo;

import dev.billingone.workstation.billing.InvoiceMath;
import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.DeviceSnapshot;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Creates a realistic demo organisation, identical for the same seed: an Australian MSP billing from Xero, its
 * catalog, clients with Pax8 companies and Xero contacts, subscriptions, managed-service contracts, device counts
 * and three months of Xero invoices — with the problems the product exists to find planted on purpose: unbilled
 * and under-billed seats, device counts above what is billed, unmapped companies and products, renewals due.
 */
public final class DemoOrganisation {
    private static final Currency AUD = Currency.getInstance("AUD");
    private static final String GST = "OUTPUT";

    public record Options(int clients, long seed, Period period, boolean replace) {
        public Options {
            if (clients < 1 || clients > 50_000) {
                throw new InvalidInputException("--clients must be between 1 and 50000 (got " + clients + ").");
            }
        }
    }

    public record Summary(String organisation, String period, int products, int clients, int subscriptions,
                          int contracts, int invoices, int devices, int missedBilling, long millis) {
    }

    private final Random random;
    private final Options options;
    private final Period period;
    private final List<Product> products = new ArrayList<>();
    private final List<VendorProduct> vendorProducts = new ArrayList<>();
    private int subscriptions;
    private int contracts;
    private int invoices;
    private int devices;

    private DemoOrganisation(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.period = options.period();
    }

    public static Summary create(Store store, Options options) {
        long started = System.nanoTime();
        // An organisation row, or clients imported before one was set up: either is data the demo must not mix with.
        Long existing = store.read(s -> s.createSelectionQuery("select count(*) from Organization", Long.class).getSingleResult()
                + s.createSelectionQuery("select count(*) from Client", Long.class).getSingleResult());
        if (existing > 0) {
            if (!options.replace()) {
                throw new ConflictException("This database already holds an organisation; nothing was changed. "
                        + "Run 'demo --replace' to erase it and load the demo, or use another --data-dir.");
            }
            DataReset.eraseAll(store);
        }
        DemoOrganisation demo = new DemoOrganisation(options);
        String name = store.inTransaction(demo::populate);
        // The planted unbilled and under-billed seats show up where an accountant looks for them: reconciling the
        // month fills the missed-billing queue, as month-end would.
        int missed = new ReconciliationService(store, new MissedBilling(store, Clock.systemUTC()))
                .reconcileAndRefresh(options.period()).missed().created();
        return new Summary(name, options.period().toString(), demo.products.size(), options.clients(), demo.subscriptions,
                demo.contracts, demo.invoices, demo.devices, missed, (System.nanoTime() - started) / 1_000_000);
    }

    private String populate(Session session) {
        Organization org = new Organization();
        org.setName("Southern Cross Managed IT Pty Ltd");
        org.setSlug("southern-cross-it");
        org.setBaseCurrency("AUD");
        org.setCountry("AU");
        org.setTaxNumber("51 824 753 556");
        org.setBillingSystem(ExternalSystem.XERO);
        org.setDefaultTaxType(GST);
        org.setLineAmountTypes(LineAmountTypes.Exclusive);
        org.setBrandingColor("#1F4E79");
        org.setDemo(true);
        session.persist(org);
        createCatalog(session);
        List<String> names = DemoNames.clients(random, options.clients());
        for (int i = 0; i < names.size(); i++) {
            createClient(session, names.get(i), i);
            if (i % 50 == 49) {
                session.flush();
                session.clear();
            }
        }
        AuditLog.record(session, "organization", org.getId(), "demo-created", null,
                Map.of("clients", options.clients(), "seed", options.seed(), "period", period.toString()), null);
        return org.getName();
    }

    private void createCatalog(Session session) {
        for (DemoCatalog.Item item : DemoCatalog.items()) {
            Product product = new Product();
            product.setSku(item.sku());
            product.setName(item.name());
            BigDecimal price = new BigDecimal(item.price());
            product.setUnitPrice(price);
            product.setCost(Money.round(price.multiply(new BigDecimal(item.costRatio())), AUD));
            product.setCurrency("AUD");
            product.setTaxType(GST);
            product.setSalesAccountCode(item.sku().startsWith("HW-") ? "210" : "200");
            product.setBillingUnit(item.unit());
            product.setDeviceClass(item.deviceClass());
            String vendor = item.vendor();
            if (vendor != null && vendor.contains("|")) {
                product.setManufacturerPartNumber(vendor.substring(vendor.indexOf('|') + 1));
                vendor = vendor.substring(0, vendor.indexOf('|'));
            }
            product.setVendor(vendor);
            product.setActive(!item.sku().endsWith("-NCE-T") || random.nextInt(4) > 0);
            session.persist(product);
            products.add(product);
            if (item.viaPax8()) {
                VendorProduct vp = new VendorProduct();
                vp.setSystem(ExternalSystem.PAX8);
                vp.setExternalId(uuid());
                vp.setName(item.name().replace(" (monthly)", "").replace(" (annual commitment)", " - Annual"));
                vp.setVendorName(item.vendor());
                vp.setVendorSku("CFQ7TTC0" + item.sku().replace("-", "").substring(0, Math.min(6, item.sku().replace("-", "").length())));
                // About one Pax8 product in twelve is not yet mapped to a SKU: the workbench's products mode.
                if (random.nextInt(12) > 0) {
                    vp.setProductId(product.getId());
                    vp.setMappedBy("demo");
                }
                session.persist(vp);
                vendorProducts.add(vp);
            }
        }
    }

    private void createClient(Session session, String name, int index) {
        int staff = 3 + (int) Math.round(Math.pow(random.nextDouble(), 2) * 120);
        Client client = new Client();
        client.setName(name);
        client.setLegalName(name);
        client.setDomain(DemoNames.domain(name));
        client.setEmail("accounts@" + client.getDomain());
        client.setTaxNumber(String.format("%02d %03d %03d %03d", 10 + random.nextInt(89), random.nextInt(1000), random.nextInt(1000), random.nextInt(1000)));
        client.setAddress((1 + random.nextInt(300)) + " " + DemoNames.variant(random, "George Street") + ", Sydney NSW 2000");
        client.setCurrency("AUD");
        client.setTaxTreatment(LineAmountTypes.Exclusive);
        client.setDefaultTaxType(GST);
        session.persist(client);

        // Xero contact: mapped for most; one in twenty is a contact nobody has linked yet.
        ExternalAccount contact = account(ExternalSystem.XERO, name, client);
        contact.setClientId(random.nextInt(20) == 0 ? null : client.getId());
        session.persist(contact);

        List<Subscription> subs = new ArrayList<>();
        if (random.nextInt(100) < 92) {
            ExternalAccount company = account(ExternalSystem.PAX8, DemoNames.variant(random, name), client);
            // Pax8 companies are mapped for most clients; the rest wait in the mapping workbench.
            company.setClientId(random.nextInt(100) < 85 ? client.getId() : null);
            session.persist(company);
            subs = createSubscriptions(session, company.getExternalId(), staff);
        }
        int workstations = Math.max(1, staff + random.nextInt(5) - 2);
        int servers = random.nextInt(4);
        List<ContractLine> lines = createContract(session, client, index, staff, workstations, servers);
        createDevices(session, client, workstations, servers);
        createInvoices(session, contact.getExternalId(), subs, lines);
    }

    private ExternalAccount account(ExternalSystem system, String name, Client client) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(system);
        account.setExternalId(uuid());
        account.setName(name);
        account.setEmail(client.getEmail());
        account.setDomain(random.nextInt(3) == 0 ? null : client.getDomain());
        account.setTaxNumber(random.nextInt(2) == 0 ? client.getTaxNumber() : null);
        account.setStatus("Active");
        account.setMappedBy("demo");
        return account;
    }

    private List<Subscription> createSubscriptions(Session session, String companyId, int staff) {
        List<Subscription> subs = new ArrayList<>();
        int count = 2 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            VendorProduct vp = vendorProducts.get(random.nextInt(vendorProducts.size()));
            Product product = products.stream().filter(p -> p.getId().equals(vp.getProductId())).findFirst()
                    .orElse(null);
            BigDecimal price = product != null ? product.getUnitPrice() : new BigDecimal("10.00");
            Subscription sub = new Subscription();
            sub.setSystem(ExternalSystem.PAX8);
            sub.setExternalId(uuid());
            sub.setCompanyExternalId(companyId);
            sub.setVendorProductExternalId(vp.getExternalId());
            sub.setQuantity(BigDecimal.valueOf(1 + random.nextInt(Math.max(1, staff))));
            sub.setPrice(price);
            sub.setPartnerCost(Money.round(price.multiply(new BigDecimal("0.82")), AUD));
            sub.setCurrency("AUD");
            // Pax8's three kinds: monthly; annual commitment billed monthly; annual paid upfront (billed yearly).
            String kind = vp.getName().toLowerCase(java.util.Locale.ROOT);
            sub.setBillingTerm(kind.contains("paid upfront") ? BillingTerm.Annual : BillingTerm.Monthly);
            sub.setCommitmentTerm(kind.contains("annual") ? "1 Year" : "Monthly");
            int roll = random.nextInt(100);
            if (roll < 8) {
                // Started mid-period: prorated by day.
                sub.setStartDate(period.firstDay().plusDays(3 + random.nextInt(Math.max(1, period.days() - 5))));
            } else {
                sub.setStartDate(period.firstDay().minusMonths(3 + random.nextInt(30)));
            }
            if (roll >= 8 && roll < 12) {
                sub.setEndDate(period.firstDay().plusDays(random.nextInt(period.days() - 1)));
                sub.setStatus(SubscriptionStatus.Cancelled);
            } else {
                sub.setStatus(SubscriptionStatus.Active);
            }
            session.persist(sub);
            subs.add(sub);
            subscriptions++;
        }
        return subs;
    }

    private List<ContractLine> createContract(Session session, Client client, int index, int staff, int workstations, int servers) {
        int term = new int[] {12, 24, 36}[random.nextInt(3)];
        // Spread end dates so that some contracts renew in the next 30/60/90 days.
        LocalDate end = period.lastDay().plusDays(random.nextInt(term * 30));
        LocalDate start = end.minusMonths(term).plusDays(1);
        Contract contract = new Contract();
        contract.setClientId(client.getId());
        contract.setName("Managed Services Agreement " + start.getYear());
        contract.setStatus(ContractStatus.ACTIVE);
        contract.setStartDate(start);
        contract.setEndDate(end);
        contract.setTermMonths(term);
        contract.setAutoRenew(random.nextBoolean());
        contract.setRenewalUpliftPct(new BigDecimal("3.5"));
        session.persist(contract);
        contracts++;
        List<ContractLine> lines = new ArrayList<>();
        String tier = new String[] {"MSP-ESS", "MSP-PRO", "MSP-ELITE"}[index % 3];
        lines.add(line(session, contract, tier, staff));
        // Device lines are contracted at last year's count: growth since then is what reconciliation must catch.
        int contractedWorkstations = random.nextInt(100) < 15 ? Math.max(1, workstations - 1 - random.nextInt(4)) : workstations;
        lines.add(line(session, contract, "RMM-WS", contractedWorkstations));
        if (servers > 0) {
            lines.add(line(session, contract, "RMM-SRV", servers));
            lines.add(line(session, contract, "BKP-SRV", servers));
        }
        if (random.nextInt(3) == 0) {
            lines.add(line(session, contract, "EDR-WS", contractedWorkstations));
        }
        return lines;
    }

    private ContractLine line(Session session, Contract contract, String sku, int quantity) {
        Product product = product(sku);
        ContractLine line = new ContractLine();
        line.setContractId(contract.getId());
        line.setProductId(product.getId());
        line.setDescription(product.getName());
        line.setQuantity(BigDecimal.valueOf(quantity));
        line.setBillingFrequency(BillingFrequency.MONTHLY);
        if (random.nextInt(5) == 0) {
            line.setDiscountPct(new BigDecimal("10"));
        }
        session.persist(line);
        return line;
    }

    private void createDevices(Session session, Client client, int workstations, int servers) {
        devices += snapshot(session, client, "WORKSTATION", workstations);
        if (servers > 0) {
            devices += snapshot(session, client, "SERVER", servers);
        }
    }

    private int snapshot(Session session, Client client, String deviceClass, int count) {
        DeviceSnapshot snapshot = new DeviceSnapshot();
        snapshot.setClientId(client.getId());
        snapshot.setDeviceClass(deviceClass);
        snapshot.setDeviceCount(count);
        snapshot.setAsOf(period.firstDay());
        snapshot.setSource("demo-rmm");
        session.persist(snapshot);
        return 1;
    }

    private void createInvoices(Session session, String contactId, List<Subscription> subs, List<ContractLine> lines) {
        // Decide once per subscription what goes wrong, so the same seats are missed every month.
        List<Integer> billedShortBy = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            int roll = random.nextInt(100);
            billedShortBy.add(roll < 6 ? -1 : roll < 16 ? 1 + random.nextInt(3) : 0);
        }
        for (int back = 2; back >= 0; back--) {
            Period month = period.plusMonths(-back);
            InvoiceSnapshot invoice = new InvoiceSnapshot();
            invoice.setSystem(ExternalSystem.XERO);
            invoice.setExternalId(uuid());
            invoice.setInvoiceNumber("INV-" + (10000 + invoices));
            invoice.setContactExternalId(contactId);
            invoice.setIssueDate(month.firstDay());
            invoice.setDueDate(month.firstDay().plusDays(14));
            invoice.setCurrency("AUD");
            invoice.setLineAmountTypes(LineAmountTypes.Exclusive);
            invoice.setStatus("DRAFT");
            setTotals(invoice, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            session.persist(invoice);
            List<InvoiceSnapshotLine> invoiceLines = new ArrayList<>();
            for (int i = 0; i < subs.size(); i++) {
                Subscription sub = subs.get(i);
                Product product = mappedProduct(sub);
                int shortBy = billedShortBy.get(i);
                boolean started = sub.getStartDate().isBefore(month.lastDay());
                if (product == null || shortBy < 0 || !started || month.equals(period) && sub.getStartDate().isAfter(month.firstDay())) {
                    continue;
                }
                BigDecimal quantity = sub.getQuantity().subtract(BigDecimal.valueOf(shortBy)).max(BigDecimal.ONE);
                // The MSP spreads an upfront annual charge over twelve monthly invoices, as most do.
                BigDecimal unitPrice = sub.getBillingTerm() == BillingTerm.Annual
                        ? Money.round(product.getUnitPrice().divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL64), AUD)
                        : product.getUnitPrice();
                invoiceLines.add(invoiceLine(invoice, invoiceLines.size() + 1, product, quantity, unitPrice, BigDecimal.ZERO));
            }
            for (ContractLine line : lines) {
                Product product = products.stream().filter(p -> p.getId().equals(line.getProductId())).findFirst().orElseThrow();
                invoiceLines.add(invoiceLine(invoice, invoiceLines.size() + 1, product, line.getQuantity(), product.getUnitPrice(),
                        line.getDiscountPct()));
            }
            invoiceLines.forEach(session::persist);
            BigDecimal amounts = invoiceLines.stream().map(InvoiceSnapshotLine::getLineAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tax = invoiceLines.stream().map(InvoiceSnapshotLine::getTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            InvoiceMath.Totals totals = InvoiceMath.totals(amounts, tax, LineAmountTypes.Exclusive);
            // Older invoices are mostly paid; a few linger unpaid so the AR aging has something in every bucket.
            boolean paid = back > 0 && random.nextInt(100) < 85 || back == 0 && random.nextInt(100) < 30;
            invoice.setStatus(paid ? "PAID" : "AUTHORISED");
            setTotals(invoice, totals.subtotal(), totals.tax(), paid ? totals.total() : BigDecimal.ZERO);
            invoices++;
        }
    }

    private static void setTotals(InvoiceSnapshot invoice, BigDecimal subtotal, BigDecimal tax, BigDecimal paid) {
        BigDecimal total = subtotal.add(tax);
        invoice.setSubtotal(subtotal);
        invoice.setTotalTax(tax);
        invoice.setTotal(total);
        invoice.setAmountPaid(paid);
        invoice.setAmountDue(total.subtract(paid));
    }

    private InvoiceSnapshotLine invoiceLine(InvoiceSnapshot invoice, int lineNo, Product product, BigDecimal quantity,
                                            BigDecimal unitPrice, BigDecimal discount) {
        InvoiceSnapshotLine line = new InvoiceSnapshotLine();
        line.setInvoiceId(invoice.getId());
        line.setLineNo(lineNo);
        line.setItemCode(product.getSku());
        line.setDescription(product.getName());
        line.setQuantity(quantity);
        line.setUnitAmount(unitPrice);
        line.setDiscountRate(discount);
        line.setLineAmount(InvoiceMath.lineAmount(quantity, unitPrice, discount, AUD));
        line.setTaxType(GST);
        line.setTaxAmount(InvoiceMath.lineTax(line.getLineAmount(), GST, LineAmountTypes.Exclusive, AUD));
        line.setAccountCode(product.getSalesAccountCode());
        return line;
    }

    private Product mappedProduct(Subscription sub) {
        return vendorProducts.stream()
                .filter(vp -> vp.getExternalId().equals(sub.getVendorProductExternalId()) && vp.getProductId() != null)
                .findFirst()
                .flatMap(vp -> products.stream().filter(p -> p.getId().equals(vp.getProductId())).findFirst())
                .orElse(null);
    }

    private Product product(String sku) {
        return products.stream().filter(p -> p.getSku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo catalog lacks " + sku));
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
