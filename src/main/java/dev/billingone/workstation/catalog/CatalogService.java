package dev.billingone.workstation.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The catalog's write side: validated saves, duplicate, archive (never a hard delete of a product an invoice
 * uses), and bulk edits that are one transaction, one audit entry and can be undone.
 */
public final class CatalogService {
    static final String BULK_EDIT = "product-bulk-edit";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;

    public CatalogService(Store store) {
        this.store = store;
    }

    public List<ProductRow> rows() {
        return store.read(session -> {
            Map<Long, String> pax8 = new HashMap<>();
            session.createSelectionQuery("from VendorProduct where system = :system and productId is not null", VendorProduct.class)
                    .setParameter("system", ExternalSystem.PAX8).getResultList()
                    .forEach(v -> pax8.putIfAbsent(v.getProductId(), v.getExternalId()));
            return session.createSelectionQuery("from Product order by sku", Product.class).getResultList().stream()
                    .map(p -> ProductRow.of(p, pax8.get(p.getId()))).toList();
        });
    }

    /** Creates or updates one product; a stale version is a conflict, not a silent overwrite. */
    public ProductRow save(ProductEdit edit) {
        validate(edit);
        return store.inTransaction(session -> {
            boolean exists = session.createSelectionQuery("select count(*) from Product where sku = :sku and id <> :id", Long.class)
                    .setParameter("sku", edit.sku().trim()).setParameter("id", edit.id() == null ? -1L : edit.id()).getSingleResult() > 0;
            if (exists) {
                throw new InvalidInputException("SKU '" + edit.sku().trim() + "' is already used by another product: choose another SKU.");
            }
            Product product = edit.id() == null ? new Product() : session.find(Product.class, edit.id());
            if (product == null) {
                throw new ConflictException("The product was deleted since you opened it; reload the catalog.");
            }
            if (edit.id() != null && product.getVersion() != edit.version()) {
                throw new ConflictException("Someone else changed " + product.getSku() + " since you opened it. Reload to see their change, then apply yours again.");
            }
            Map<String, Object> before = edit.id() == null ? null : snapshot(product);
            apply(product, edit);
            if (edit.id() == null) {
                session.persist(product);
            }
            session.flush();
            AuditLog.record(session, "product", product.getId(), edit.id() == null ? "create" : "update", before, snapshot(product), null);
            return ProductRow.of(product, null);
        });
    }

    private static void validate(ProductEdit edit) {
        if (edit.sku() == null || edit.sku().isBlank()) {
            throw new InvalidInputException("SKU is required: it is the product's code on invoices.");
        }
        if (edit.name() == null || edit.name().isBlank()) {
            throw new InvalidInputException("Name is required for " + edit.sku() + ".");
        }
        Money.currency(edit.currency());
        if (edit.cost() != null && edit.cost().signum() < 0) {
            throw new InvalidInputException("Cost of " + edit.sku() + " cannot be negative.");
        }
    }

    private static void apply(Product product, ProductEdit edit) {
        product.setSku(edit.sku().trim());
        product.setName(edit.name().trim());
        product.setDescription(blankToNull(edit.description()));
        product.setUnitPrice(edit.unitPrice());
        product.setCost(edit.cost());
        product.setCurrency(Money.currency(edit.currency()).getCurrencyCode());
        product.setTaxType(blankToNull(edit.taxType()));
        product.setSalesAccountCode(blankToNull(edit.salesAccountCode()));
        product.setVendor(blankToNull(edit.vendor()));
        product.setBillingUnit(edit.billingUnit() == null ? BillingUnit.PER_USER : edit.billingUnit());
        product.setActive(edit.active());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A copy under a free SKU ({@code SKU-COPY}, {@code SKU-COPY2}, …), to edit into a new product. */
    public ProductRow duplicate(long id) {
        ProductRow source = store.read(session -> ProductRow.of(session.find(Product.class, id), null));
        String sku = store.read(session -> {
            String candidate = source.sku() + "-COPY";
            for (int n = 2; session.createSelectionQuery("select count(*) from Product where sku = :sku", Long.class)
                    .setParameter("sku", candidate).getSingleResult() > 0; n++) {
                candidate = source.sku() + "-COPY" + n;
            }
            return candidate;
        });
        ProductEdit copy = ProductEdit.of(source);
        return save(new ProductEdit(null, 0, sku, source.name() + " (copy)", copy.description(), copy.unitPrice(), copy.cost(),
                copy.currency(), copy.taxType(), copy.salesAccountCode(), copy.vendor(), copy.billingUnit(), copy.active()));
    }

    /** Archives (deactivates) products: they disappear from new contracts and drafts but history keeps them. */
    public int archive(Collection<Long> ids) {
        return bulkEdit(ids, new BulkEdit(null, null, null, null, null, false), "archive");
    }

    /** Deletes a product nobody refers to; one used on an invoice, contract or order can only be archived. */
    public void delete(long id) {
        store.write(session -> {
            Product product = session.find(Product.class, id);
            long uses = 0;
            for (String entity : List.of("GeneratedInvoiceLine", "ContractLine", "CreditNoteLine", "PurchaseOrderLine", "MissedBillingItem")) {
                uses += session.createSelectionQuery("select count(*) from " + entity + " where productId = :id", Long.class)
                        .setParameter("id", id).getSingleResult();
            }
            if (uses > 0) {
                throw new ConflictException(product.getSku() + " is used on " + uses + " invoice, contract or order lines, "
                        + "so it cannot be deleted: archive it instead.");
            }
            session.createMutationQuery("update VendorProduct set productId = null where productId = :id").setParameter("id", id).executeUpdate();
            AuditLog.record(session, "product", id, "delete", snapshot(product), null, null);
            session.remove(product);
        });
    }

    /** What a bulk edit would change, product by product (unchanged products are left out). */
    public List<BulkChange> preview(Collection<Long> ids, BulkEdit edit) {
        return store.read(session -> changes(session, ids, edit));
    }

    private static List<BulkChange> changes(Session session, Collection<Long> ids, BulkEdit edit) {
        List<BulkChange> changes = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Product p : session.createSelectionQuery("from Product where id in :ids order by sku", Product.class)
                    .setParameter("ids", chunk).getResultList()) {
                Map<String, Object> before = new LinkedHashMap<>();
                Map<String, Object> after = new LinkedHashMap<>();
                BigDecimal price = edit.newPrice(p.getUnitPrice(), p.getCurrency());
                compare("unitPrice", p.getUnitPrice(), price, before, after);
                if (edit.taxType() != null) {
                    compare("taxType", p.getTaxType(), edit.taxType(), before, after);
                }
                if (edit.salesAccountCode() != null) {
                    compare("salesAccountCode", p.getSalesAccountCode(), edit.salesAccountCode(), before, after);
                }
                if (edit.active() != null) {
                    compare("active", p.isActive(), edit.active(), before, after);
                }
                if (!after.isEmpty()) {
                    changes.add(new BulkChange(p.getId(), p.getSku(), p.getName(), before, after));
                }
            }
        }
        return changes;
    }

    private static void compare(String field, Object before, Object after, Map<String, Object> beforeMap, Map<String, Object> afterMap) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            beforeMap.put(field, before);
            afterMap.put(field, after);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    /** Applies a bulk edit in one transaction with one audit entry (which {@link #undoLastBulkEdit} reverses). */
    public int applyBulkEdit(Collection<Long> ids, BulkEdit edit) {
        return bulkEdit(ids, edit, "bulk-edit");
    }

    private int bulkEdit(Collection<Long> ids, BulkEdit edit, String action) {
        return store.inTransaction(session -> {
            List<BulkChange> changes = changes(session, ids, edit);
            for (BulkChange change : changes) {
                set(session.find(Product.class, change.productId()), change.after());
            }
            session.flush();
            List<Map<String, Object>> before = changes.stream().map(c -> entry(c, c.before())).toList();
            List<Map<String, Object>> after = changes.stream().map(c -> entry(c, c.after())).toList();
            AuditLog.record(session, BULK_EDIT, null, action, before, after, changes.size() + " products");
            return changes.size();
        });
    }

    private static Map<String, Object> entry(BulkChange change, Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", change.productId());
        entry.put("sku", change.sku());
        entry.put("fields", fields);
        return entry;
    }

    private static void set(Product product, Map<String, Object> fields) {
        fields.forEach((field, value) -> {
            switch (field) {
                case "unitPrice" -> product.setUnitPrice(value == null ? null : new BigDecimal(value.toString()));
                case "taxType" -> product.setTaxType((String) value);
                case "salesAccountCode" -> product.setSalesAccountCode((String) value);
                case "active" -> product.setActive((Boolean) value);
                default -> throw new IllegalStateException("Unknown bulk-edit field " + field);
            }
        });
    }

    /** The last bulk edit (or archive) that can still be undone, described for the Undo button; null if none. */
    public String lastUndoableBulkEdit() {
        AuditEvent last = lastBulkEdit();
        return last == null ? null : last.getAction() + " of " + last.getReason() + " by " + last.getActor();
    }

    private AuditEvent lastBulkEdit() {
        return store.read(session -> session.createSelectionQuery(
                        "from AuditEvent e where e.entityType = :type and e.action <> 'undo' and not exists "
                                + "(select u.id from AuditEvent u where u.entityType = :type and u.action = 'undo' and u.entityId = e.id) "
                                + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("type", BULK_EDIT).setMaxResults(1).uniqueResultOptional().orElse(null));
    }

    /**
     * Restores what the last bulk edit changed, in one transaction. Refused when a product was changed again since
     * (undoing would overwrite that newer change).
     */
    public int undoLastBulkEdit() {
        AuditEvent last = lastBulkEdit();
        if (last == null) {
            throw new ConflictException("There is no bulk edit to undo.");
        }
        List<Map<String, Object>> before = read(last.getBeforeJson());
        List<Map<String, Object>> after = read(last.getAfterJson());
        return store.inTransaction(session -> {
            for (int i = 0; i < before.size(); i++) {
                long id = ((Number) before.get(i).get("id")).longValue();
                Product product = session.find(Product.class, id);
                if (product == null || !matches(product, fields(after.get(i)))) {
                    throw new ConflictException((product == null ? before.get(i).get("sku") : product.getSku())
                            + " was changed again after the bulk edit, so it cannot be undone automatically. Edit the products by hand.");
                }
                set(product, fields(before.get(i)));
            }
            AuditLog.record(session, BULK_EDIT, last.getId(), "undo", last.getAfterJson(), last.getBeforeJson(), "undo of " + last.getAction());
            return before.size();
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("fields");
    }

    private static boolean matches(Product product, Map<String, Object> fields) {
        Map<String, Object> current = snapshot(product);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object now = current.get(field.getKey());
            Object then = field.getValue();
            boolean same = now instanceof BigDecimal n && then != null ? n.compareTo(new BigDecimal(then.toString())) == 0 : Objects.equals(now, then);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static List<Map<String, Object>> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable bulk-edit audit entry", e);
        }
    }

    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sku", p.getSku());
        map.put("name", p.getName());
        map.put("unitPrice", p.getUnitPrice());
        map.put("cost", p.getCost());
        map.put("currency", p.getCurrency());
        map.put("taxType", p.getTaxType());
        map.put("salesAccountCode", p.getSalesAccountCode());
        map.put("billingUnit", p.getBillingUnit());
        map.put("active", p.isActive());
        return map;
    }
}
