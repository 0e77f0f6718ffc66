package dev.billingone.workstation.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as typed (create or full edit). {@code clientId} on the order is who the goods are for, if
 * anyone; a line's own client overrides it. Lines without an id are new; stored lines left out are removed.
 */
public record PurchaseOrderInput(String supplier, LocalDate orderDate, Long clientId, String currency, String notes,
                                 List<Line> lines) {
    public PurchaseOrderInput {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(Long id, Long productId, String description, BigDecimal quantity, BigDecimal unitCost,
                       Long clientId) {
    }
}
