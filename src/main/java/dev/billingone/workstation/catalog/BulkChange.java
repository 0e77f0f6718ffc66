package dev.billingone.workstation.catalog;

import java.util.Map;

/** One product's before → after in a bulk edit preview (only the fields that change). */
public record BulkChange(long productId, String sku, String name, Map<String, Object> before, Map<String, Object> after) {
}
