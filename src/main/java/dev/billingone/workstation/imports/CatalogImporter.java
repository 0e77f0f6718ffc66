package dev.billingone.workstation.imports;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.Session;

/** Catalog products, upserted by SKU; a Pax8 products export also links each product to its Pax8 product. */
final class CatalogImporter implements KindImporter<Product> {
    static final ValueType BILLING_UNIT = ValueType.enumeration(BillingUnit.class, Map.ofEntries(
            Map.entry("per user", BillingUnit.PER_USER), Map.entry("user", BillingUnit.PER_USER),
            Map.entry("seat", BillingUnit.PER_USER), Map.entry("license", BillingUnit.PER_USER),
            Map.entry("mailbox", BillingUnit.PER_USER), Map.entry("per device", BillingUnit.PER_DEVICE),
            Map.entry("device", BillingUnit.PER_DEVICE), Map.entry("endpoint", BillingUnit.PER_DEVICE),
            Map.entry("server", BillingUnit.PER_DEVICE), Map.entry("each", BillingUnit.FLAT),
            Map.entry("unit", BillingUnit.FLAT), Map.entry("domain", BillingUnit.FLAT), Map.entry("tenant", BillingUnit.FLAT)));
    static final ValueType CURRENCY = (text, options) -> {
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Money.currency(code).getCurrencyCode();
        } catch (RuntimeException e) {
            throw new FieldProblem("is not a currency code: use ISO 4217, e.g. AUD, USD, NZD");
        }
    };

    @Override
    public ImportKind kind() {
        return ImportKind.CATALOG;
    }

    @Override
    public List<ImportField<Product>> fields(ImportContext context) {
        Map<Long, String> pax8Ids = context.cache("pax8ProductIdByProduct");
        return List.of(
                ImportField.required("sku", "SKU", ValueType.TEXT, Product::getSku, (p, v) -> p.setSku((String) v)),
                ImportField.required("name", "Name", ValueType.TEXT, Product::getName, (p, v) -> p.setName((String) v)),
                ImportField.of("description", "Description", ValueType.TEXT, Product::getDescription, (p, v) -> p.setDescription((String) v)),
                ImportField.of("unitPrice", "Unit price", ValueType.DECIMAL, Product::getUnitPrice, (p, v) -> p.setUnitPrice((BigDecimal) v)),
                ImportField.of("cost", "Cost", ValueType.DECIMAL, Product::getCost, (p, v) -> p.setCost((BigDecimal) v)),
                ImportField.required("currency", "Currency", CURRENCY, Product::getCurrency, (p, v) -> p.setCurrency((String) v)),
                ImportField.of("taxType", "Tax type", ValueType.TEXT, Product::getTaxType, (p, v) -> p.setTaxType((String) v)),
                ImportField.of("salesAccountCode", "Sales account", ValueType.TEXT, Product::getSalesAccountCode, (p, v) -> p.setSalesAccountCode((String) v)),
                ImportField.of("billingUnit", "Billing unit", BILLING_UNIT, Product::getBillingUnit,
                        (p, v) -> p.setBillingUnit(v == null ? BillingUnit.PER_USER : (BillingUnit) v)),
                ImportField.of("vendor", "Vendor", ValueType.TEXT, Product::getVendor, (p, v) -> p.setVendor((String) v)),
                ImportField.of("manufacturerPartNumber", "Manufacturer part number", ValueType.TEXT, Product::getManufacturerPartNumber,
                        (p, v) -> p.setManufacturerPartNumber((String) v)),
                ImportField.of("active", "Active", ValueType.BOOLEAN, Product::isActive, (p, v) -> p.setActive(v == null || (Boolean) v)),
                ImportField.linked("pax8ProductId", "Pax8 product id", ValueType.TEXT, false, p -> pax8Ids.get(p.getId())));
    }

    @Override
    public List<Preset> presets() {
        return List.of(
                new Preset("xero-items", "Xero items export", kind(), Map.of(
                        "sku", List.of("*ItemCode", "ItemCode"),
                        "name", List.of("ItemName"),
                        "description", List.of("SalesDescription"),
                        "unitPrice", List.of("SalesUnitPrice"),
                        "cost", List.of("PurchasesUnitPrice"),
                        "salesAccountCode", List.of("SalesAccount"),
                        "taxType", List.of("SalesTaxRate")), ExternalSystem.XERO, true),
                new Preset("qbo-products", "QuickBooks Online products and services export", kind(), Map.of(
                        "sku", List.of("SKU", "Product/Service Name"),
                        "name", List.of("Product/Service Name"),
                        "description", List.of("Sales Description"),
                        "unitPrice", List.of("Sales Price / Rate"),
                        "cost", List.of("Purchase Cost"),
                        "salesAccountCode", List.of("Income Account")), ExternalSystem.QBO, true),
                new Preset("pax8-products", "Pax8 products export", kind(), Map.of(
                        "pax8ProductId", List.of("Product ID"),
                        "sku", List.of("SKU"),
                        "name", List.of("Product Name"),
                        "vendor", List.of("Vendor Name", "Vendor"),
                        "manufacturerPartNumber", List.of("Manufacturer Part Number"),
                        "cost", List.of("Partner Buy Rate"),
                        "unitPrice", List.of("Suggested Retail Price"),
                        "billingUnit", List.of("Unit of Measurement")), ExternalSystem.PAX8, true));
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("sku");
    }

    @Override
    public String key(Session session, ParsedRow row, ImportContext context) {
        String sku = row.text("sku");
        if (sku == null) {
            row.problem("sku", "is empty: every product needs a SKU (its code on invoices)");
        }
        return sku;
    }

    @Override
    public Map<String, Product> existing(Session session, ImportContext context, List<ParsedRow> rows) {
        List<String> skus = rows.stream().map(r -> r.text("sku")).toList();
        List<Product> found = session.createSelectionQuery("from Product where sku in :skus", Product.class)
                .setParameter("skus", skus).getResultList();
        return KindImporter.byKey(found, Product::getSku);
    }

    @Override
    public Product create(Session session, ImportContext context, ParsedRow row, boolean write) {
        Product product = new Product();
        product.setCurrency(context.currencyFor(row));
        return product;
    }

    @Override
    public void after(Session session, ImportContext context, Product product, ParsedRow row, boolean write) {
        String pax8Id = row.text("pax8ProductId");
        if (!write || pax8Id == null) {
            return;
        }
        VendorProduct link = session.createSelectionQuery("from VendorProduct where system = :system and externalId = :id", VendorProduct.class)
                .setParameter("system", ExternalSystem.PAX8).setParameter("id", pax8Id)
                .uniqueResultOptional().orElseGet(VendorProduct::new);
        link.setSystem(ExternalSystem.PAX8);
        link.setExternalId(pax8Id);
        link.setName(product.getName());
        link.setVendorName(product.getVendor());
        link.setManufacturerPartNumber(product.getManufacturerPartNumber());
        if (link.getProductId() == null) {
            link.setProductId(product.getId());
            link.setMappedBy(Actor.current());
            link.setMappedAt(Instant.now());
        }
        if (link.getId() == null) {
            session.persist(link);
        }
    }

    @Override
    public void prepareExport(Session session, ImportContext context) {
        Map<Long, String> pax8Ids = context.cache("pax8ProductIdByProduct");
        session.createSelectionQuery("from VendorProduct where system = :system and productId is not null", VendorProduct.class)
                .setParameter("system", ExternalSystem.PAX8)
                .getResultList().forEach(link -> pax8Ids.putIfAbsent(link.getProductId(), link.getExternalId()));
    }

    @Override
    public Stream<Product> all(Session session) {
        return session.createSelectionQuery("from Product order by sku", Product.class).getResultStream();
    }
}
