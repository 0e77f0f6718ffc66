package dev.billingone.workstation.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the accountant typed for a contract (create or full edit). A null end date with a term means
 * "start + term"; lines without an id are new, lines of the contract missing from {@link #lines} are removed.
 */
public record ContractInput(Long clientId, String name, LocalDate startDate, LocalDate endDate, Integer termMonths,
                            boolean autoRenew, BigDecimal renewalUpliftPct, String notes, List<Line> lines) {
    public ContractInput {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One line; a null unit price bills at the catalog price of the day. */
    public record Line(Long id, Long productId, String description, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal discountPct, BillingFrequency billingFrequency, LocalDate startDate, LocalDate endDate) {
        public static Line of(ContractLine line) {
            return new Line(line.getId(), line.getProductId(), line.getDescription(), line.getQuantity(),
                    line.getUnitPrice(), line.getDiscountPct(), line.getBillingFrequency(), line.getStartDate(),
                    line.getEndDate());
        }
    }

    /** The input that reproduces a stored contract: the starting point of an edit or a duplicate. */
    public static ContractInput of(Contract contract, List<ContractLine> lines) {
        return new ContractInput(contract.getClientId(), contract.getName(), contract.getStartDate(),
                contract.getEndDate(), contract.getTermMonths(), contract.isAutoRenew(), contract.getRenewalUpliftPct(),
                contract.getNotes(), lines.stream().map(Line::of).toList());
    }
}
