package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The rules a contract must keep, checked all at once so the accountant sees every problem in one message
 * ("line 2: …") rather than one per save. A product must be active when it is put on a line; a line that
 * already held a product later retired may keep it, so old contracts stay editable.
 */
final class ContractValidation {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContractValidation() {
    }

    /** @param existingProducts product id by line id of the stored contract (empty when creating) */
    static void check(Session session, ContractInput input, Map<Long, Long> existingProducts) {
        List<String> problems = new ArrayList<>();
        if (input.clientId() == null || session.find(Client.class, input.clientId()) == null) {
            problems.add("client: choose an existing client");
        }
        if (input.name() == null || input.name().isBlank()) {
            problems.add("name: give the contract a name");
        } else if (input.name().length() > 200) {
            problems.add("name: at most 200 characters");
        }
        if (input.startDate() == null) {
            problems.add("start date: required");
        }
        if (input.termMonths() != null && input.termMonths() <= 0) {
            problems.add("term: a whole number of months, 1 or more");
        }
        if (input.startDate() != null && input.endDate() != null && !input.endDate().isAfter(input.startDate())) {
            problems.add("end date: must be after the start date " + input.startDate());
        }
        if (input.renewalUpliftPct() != null && input.renewalUpliftPct().signum() < 0) {
            problems.add("renewal uplift: 0% or more");
        }
        if (input.lines().isEmpty()) {
            problems.add("lines: add at least one line");
        }
        for (int i = 0; i < input.lines().size(); i++) {
            checkLine(session, input.lines().get(i), "line " + (i + 1) + ": ", existingProducts, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The contract was not saved: " + String.join("; ", problems) + ".");
        }
    }

    private static void checkLine(Session session, ContractInput.Line line, String where, Map<Long, Long> existingProducts,
                                  List<String> problems) {
        if (line.productId() == null) {
            problems.add(where + "choose a product");
        } else {
            Product product = session.find(Product.class, line.productId());
            boolean unchanged = line.id() != null && Objects.equals(existingProducts.get(line.id()), line.productId());
            if (product == null) {
                problems.add(where + "product " + line.productId() + " does not exist");
            } else if (!product.isActive() && !unchanged) {
                problems.add(where + "product " + product.getSku() + " is inactive; choose an active product");
            } else if (line.unitPrice() == null && product.getUnitPrice() == null) {
                problems.add(where + "product " + product.getSku() + " has no catalog price; enter a unit price");
            }
        }
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            problems.add(where + "quantity must be more than 0");
        }
        if (line.unitPrice() != null && line.unitPrice().signum() < 0) {
            problems.add(where + "unit price must be 0 or more");
        }
        BigDecimal discount = line.discountPct();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0)) {
            problems.add(where + "discount must be between 0% and 100%");
        }
        LocalDate start = line.startDate();
        if (start != null && line.endDate() != null && !line.endDate().isAfter(start)) {
            problems.add(where + "end date must be after its start date " + start);
        }
    }
}
