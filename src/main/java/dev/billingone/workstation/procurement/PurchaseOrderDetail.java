package dev.billingone.workstation.procurement;

import dev.billingone.workstation.catalog.Product;
import java.util.List;
import java.util.Map;

/** An order with its lines and the names the screen shows beside them. */
public record PurchaseOrderDetail(PurchaseOrder order, List<PurchaseOrderLine> lines, Map<Long, Product> products,
                                  Map<Long, String> clientNames) {
}
