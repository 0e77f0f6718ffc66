package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.core.Money;
import java.util.List;
import java.util.Map;

/** A contract with its lines and what the screen needs to show them (product by id, client, value). */
public record ContractDetail(Contract contract, String clientName, String currency, List<ContractLine> lines,
                             Map<Long, Product> products, Money monthlyValue) {
    public ContractInput toInput() {
        return ContractInput.of(contract, lines);
    }
}
