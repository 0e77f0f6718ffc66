package dev.billingone.workstation.procurement;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/** The rules of a purchase order, all reported in one message so the buyer fixes everything in one pass. */
final class PurchaseOrderValidation {
    private PurchaseOrderValidation() {
    }

    static void check(Session session, PurchaseOrderInput input, Map<Long, PurchaseOrderLine> existing) {
        List<String> problems = new ArrayList<>();
        if (input.supplier() == null || input.supplier().isBlank()) {
            problems.add("supplier: required");
        } else if (input.supplier().length() > 200) {
            problems.add("supplier: at most 200 characters");
        }
        if (input.orderDate() == null) {
            problems.add("order date: required");
        }
        try {
            Money.currency(input.currency());
        } catch (RuntimeException e) {
            problems.add("currency: an ISO code such as AUD or USD");
        }
        checkClient(session, input.clientId(), "client: ", problems);
        if (input.lines().isEmpty()) {
            problems.add("lines: add at least one line");
        }
        for (int i = 0; i < input.lines().size(); i++) {
            PurchaseOrderInput.Line line = input.lines().get(i);
            String where = "line " + (i + 1) + ": ";
            PurchaseOrderLine stored = line.id() == null ? null : existing.get(line.id());
            if (line.productId() == null) {
                problems.add(where + "choose a product");
            } else {
                Product product = session.find(Product.class, line.productId());
                boolean unchanged = stored != null && Objects.equals(stored.getProductId(), line.productId());
                if (product == null) {
                    problems.add(where + "product " + line.productId() + " does not exist");
                } else if (!product.isActive() && !unchanged) {
                    problems.add(where + "product " + product.getSku() + " is inactive; choose an active product");
                }
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(where + "quantity must be more than 0");
            } else if (stored != null && line.quantity().compareTo(stored.getReceivedQuantity()) < 0) {
                problems.add(where + "quantity cannot be less than the " + stored.getReceivedQuantity().stripTrailingZeros()
                        .toPlainString() + " already received");
            }
            if (line.unitCost() == null || line.unitCost().signum() < 0) {
                problems.add(where + "unit cost must be 0 or more");
            }
            checkClient(session, line.clientId(), where + "client: ", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The purchase order was not saved: " + String.join("; ", problems) + ".");
        }
    }

    private static void checkClient(Session session, Long clientId, String where, List<String> problems) {
        if (clientId != null && session.find(Client.class, clientId) == null) {
            problems.add(where + "client " + clientId + " does not exist");
        }
    }
}
