package dev.billingone.workstation.imports;

import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * A Pax8 subscriptions export: each row upserts a subscription snapshot by its Pax8 id, and makes sure the
 * Pax8 company and product it names exist (unmapped, for the mapping workbench) without touching a mapping.
 */
final class SubscriptionImporter implements KindImporter<Subscription> {
    private static final ValueType TERM = ValueType.enumeration(BillingTerm.class, Map.of(
            "One-Time", BillingTerm.OneTime, "One Time", BillingTerm.OneTime, "Annually", BillingTerm.Annual,
            "Yearly", BillingTerm.Annual, "Month", BillingTerm.Monthly));
    private static final ValueType STATUS = ValueType.enumeration(SubscriptionStatus.class, Map.of(
            "Canceled", SubscriptionStatus.Cancelled));

    @Override
    public ImportKind kind() {
        return ImportKind.SUBSCRIPTIONS;
    }

    @Override
    public List<ImportField<Subscription>> fields(ImportContext context) {
        Map<String, String> companyNames = context.cache("companyNames");
        Map<String, VendorProduct> products = context.cache("vendorProducts");
        return List.of(
                ImportField.required("externalId", "Subscription ID", ValueType.TEXT, Subscription::getExternalId, (s, v) -> s.setExternalId((String) v)),
                ImportField.required("companyExternalId", "Company ID", ValueType.TEXT, Subscription::getCompanyExternalId,
                        (s, v) -> s.setCompanyExternalId((String) v)),
                ImportField.linked("companyName", "Company Name", ValueType.TEXT, false, s -> companyNames.get(s.getCompanyExternalId())),
                ImportField.required("vendorProductExternalId", "Product ID", ValueType.TEXT, Subscription::getVendorProductExternalId,
                        (s, v) -> s.setVendorProductExternalId((String) v)),
                ImportField.linked("productName", "Product Name", ValueType.TEXT, false,
                        s -> nameOf(products.get(s.getVendorProductExternalId()), VendorProduct::getName)),
                ImportField.linked("vendorName", "Vendor", ValueType.TEXT, false,
                        s -> nameOf(products.get(s.getVendorProductExternalId()), VendorProduct::getVendorName)),
                ImportField.required("quantity", "Quantity", ValueType.DECIMAL, Subscription::getQuantity, (s, v) -> s.setQuantity((BigDecimal) v)),
                ImportField.of("price", "Price", ValueType.DECIMAL, Subscription::getPrice, (s, v) -> s.setPrice((BigDecimal) v)),
                ImportField.of("partnerCost", "Partner Cost", ValueType.DECIMAL, Subscription::getPartnerCost, (s, v) -> s.setPartnerCost((BigDecimal) v)),
                ImportField.required("currency", "Currency", CatalogImporter.CURRENCY, Subscription::getCurrency, (s, v) -> s.setCurrency((String) v)),
                ImportField.required("billingTerm", "Billing Term", TERM, Subscription::getBillingTerm, (s, v) -> s.setBillingTerm((BillingTerm) v)),
                ImportField.of("commitmentTerm", "Commitment Term", ValueType.TEXT, Subscription::getCommitmentTerm, (s, v) -> s.setCommitmentTerm((String) v)),
                ImportField.required("status", "Status", STATUS, Subscription::getStatus, (s, v) -> s.setStatus((SubscriptionStatus) v)),
                ImportField.of("startDate", "Start Date", ValueType.DATE, Subscription::getStartDate, (s, v) -> s.setStartDate((LocalDate) v)),
                ImportField.of("endDate", "End Date", ValueType.DATE, Subscription::getEndDate, (s, v) -> s.setEndDate((LocalDate) v)));
    }

    private static Object nameOf(VendorProduct product, Function<VendorProduct, String> name) {
        return product == null ? null : name.apply(product);
    }

    /** Our export writes Pax8's own headers, so the one preset reads both. */
    @Override
    public Preset ownPreset(ImportContext context) {
        Preset own = KindImporter.super.ownPreset(context);
        return new Preset("pax8-subscriptions", "Pax8 subscriptions export", kind(), own.columns(), ExternalSystem.PAX8, true);
    }

    @Override
    public List<Preset> presets() {
        return List.of();
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("externalId", "companyExternalId", "vendorProductExternalId", "quantity");
    }

    @Override
    public String key(Session session, ParsedRow row, ImportContext context) {
        String id = row.text("externalId");
        if (id == null) {
            row.problem("externalId", "is empty: every Pax8 subscription has an id");
        }
        return id;
    }

    @Override
    public Map<String, Subscription> existing(Session session, ImportContext context, List<ParsedRow> rows) {
        List<Subscription> found = session.createSelectionQuery("from Subscription where system = :system and externalId in :ids", Subscription.class)
                .setParameter("system", ExternalSystem.PAX8)
                .setParameter("ids", rows.stream().map(r -> r.text("externalId")).toList())
                .getResultList();
        return KindImporter.byKey(found, Subscription::getExternalId);
    }

    @Override
    public Subscription create(Session session, ImportContext context, ParsedRow row, boolean write) {
        Subscription subscription = new Subscription();
        subscription.setSystem(ExternalSystem.PAX8);
        subscription.setCurrency(context.currencyFor(row));
        subscription.setBillingTerm(BillingTerm.Monthly);
        subscription.setStatus(SubscriptionStatus.Active);
        return subscription;
    }

    @Override
    public void after(Session session, ImportContext context, Subscription subscription, ParsedRow row, boolean write) {
        if (!write) {
            return;
        }
        Map<String, Boolean> seenCompanies = context.cache("seenCompanies");
        String companyId = row.text("companyExternalId");
        if (seenCompanies.putIfAbsent(companyId, true) == null) {
            boolean known = session.createSelectionQuery("select count(*) from ExternalAccount where system = :system and externalId = :id", Long.class)
                    .setParameter("system", ExternalSystem.PAX8).setParameter("id", companyId).getSingleResult() > 0;
            if (!known) {
                ExternalAccount company = new ExternalAccount();
                company.setSystem(ExternalSystem.PAX8);
                company.setExternalId(companyId);
                company.setName(row.text("companyName") != null ? row.text("companyName") : companyId);
                session.persist(company);
            }
        }
        Map<String, Boolean> seenProducts = context.cache("seenProducts");
        String productId = row.text("vendorProductExternalId");
        if (seenProducts.putIfAbsent(productId, true) == null) {
            boolean known = session.createSelectionQuery("select count(*) from VendorProduct where system = :system and externalId = :id", Long.class)
                    .setParameter("system", ExternalSystem.PAX8).setParameter("id", productId).getSingleResult() > 0;
            if (!known) {
                VendorProduct product = new VendorProduct();
                product.setSystem(ExternalSystem.PAX8);
                product.setExternalId(productId);
                product.setName(row.text("productName") != null ? row.text("productName") : productId);
                product.setVendorName(row.text("vendorName"));
                session.persist(product);
            }
        }
    }

    @Override
    public void prepareExport(Session session, ImportContext context) {
        Map<String, String> companyNames = context.cache("companyNames");
        Map<String, VendorProduct> products = context.cache("vendorProducts");
        session.createSelectionQuery("from ExternalAccount where system = :system", ExternalAccount.class)
                .setParameter("system", ExternalSystem.PAX8).getResultList()
                .forEach(a -> companyNames.put(a.getExternalId(), a.getName()));
        session.createSelectionQuery("from VendorProduct where system = :system", VendorProduct.class)
                .setParameter("system", ExternalSystem.PAX8).getResultList()
                .forEach(p -> products.put(p.getExternalId(), p));
    }

    @Override
    public Stream<Subscription> all(Session session) {
        return session.createSelectionQuery("from Subscription where system = :system order by externalId", Subscription.class)
                .setParameter("system", ExternalSystem.PAX8).getResultStream();
    }
}
