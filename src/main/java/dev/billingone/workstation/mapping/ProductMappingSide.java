package dev.billingone.workstation.mapping;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/** Pax8 products ({@link VendorProduct}) to our catalog {@link Product}s, matched on SKU, part number and name. */
final class ProductMappingSide implements MappingSide {
    @Override
    public MatchKind kind() {
        return MatchKind.PRODUCTS;
    }

    @Override
    public List<Loaded> externalRecords(Session session) {
        return session.createSelectionQuery("from VendorProduct order by system, name, id", VendorProduct.class)
                .getResultList().stream()
                .map(product -> new Loaded(toRecord(product), MatchRecord.product(product.getId(), product.getName(),
                        product.getVendorName(), codes(product.getVendorSku(), product.getManufacturerPartNumber()))))
                .toList();
    }

    @Override
    public List<MatchRecord> targets(Session session) {
        return session.createSelectionQuery("from Product where active = true", Product.class).getResultList().stream()
                .map(product -> MatchRecord.product(product.getId(), product.getName(), product.getVendor(),
                        codes(product.getSku(), product.getManufacturerPartNumber())))
                .toList();
    }

    @Override
    public ExternalRecord externalRecord(Session session, long recordId) {
        return toRecord(vendorProduct(session, recordId));
    }

    @Override
    public String targetName(Session session, long targetId) {
        Product product = session.find(Product.class, targetId);
        if (product == null) {
            throw new InvalidInputException("There is no product with id " + targetId + ".");
        }
        return product.getName();
    }

    @Override
    public Long link(Session session, long recordId, Long targetId, String reason) {
        VendorProduct product = vendorProduct(session, recordId);
        Long previous = product.getProductId();
        product.setProductId(targetId);
        product.setMappedBy(targetId == null ? null : Actor.current());
        product.setMappedAt(targetId == null ? null : Instant.now());
        AuditLog.record(session, "vendor_product", recordId, targetId == null ? "unmap" : "map",
                Collections.singletonMap("productId", previous), Collections.singletonMap("productId", targetId), reason);
        return previous;
    }

    @Override
    public long createTargetFrom(Session session, long recordId) {
        VendorProduct source = vendorProduct(session, recordId);
        String sku = firstPresent(source.getVendorSku(), source.getManufacturerPartNumber(),
                source.getSystem().name() + "-" + source.getExternalId());
        Long existing = session.createSelectionQuery("select id from Product where sku = :sku", Long.class)
                .setParameter("sku", sku).getResultList().stream().findFirst().orElse(null);
        if (existing != null) {
            throw new ConflictException("A product with SKU " + sku + " already exists (id " + existing
                    + "): link the record to it instead of creating another.");
        }
        Product product = new Product();
        product.setSku(sku);
        product.setName(source.getName());
        product.setVendor(source.getVendorName());
        product.setManufacturerPartNumber(source.getManufacturerPartNumber());
        product.setCurrency(OrganizationCurrency.of(session));
        session.persist(product);
        session.flush();
        AuditLog.record(session, "product", product.getId(), "create", null, Collections.singletonMap("sku", sku),
                "created from " + source.getSystem().displayName() + " product " + source.getExternalId());
        return product.getId();
    }

    @Override
    public void deleteTarget(Session session, long targetId) {
        Product product = session.find(Product.class, targetId);
        if (product != null) {
            AuditLog.record(session, "product", targetId, "delete", Collections.singletonMap("sku", product.getSku()),
                    null, "undo of create from external record");
            session.remove(product);
        }
    }

    @Override
    public RemapImpact impact(Session session, ExternalRecord record) {
        long subscriptions = session.createSelectionQuery(
                        "select count(*) from Subscription where system = :system and vendorProductExternalId = :id", Long.class)
                .setParameter("system", record.system()).setParameter("id", record.externalId()).getSingleResult();
        Long current = record.mappedTo();
        return new RemapImpact(record, current, current == null ? null : targetName(session, current), subscriptions, 0);
    }

    private static List<String> codes(String... codes) {
        List<String> present = new ArrayList<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                present.add(code);
            }
        }
        return present;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static VendorProduct vendorProduct(Session session, long recordId) {
        VendorProduct product = session.find(VendorProduct.class, recordId);
        if (product == null) {
            throw new InvalidInputException("There is no vendor product with id " + recordId + ".");
        }
        return product;
    }

    private static ExternalRecord toRecord(VendorProduct product) {
        return new ExternalRecord(MatchKind.PRODUCTS, product.getId(), product.getSystem(), product.getExternalId(),
                product.getName(), product.getProductId());
    }
}
