package dev.billingone.workstation.billing;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pure half of generation: from one client's inputs, the lines its invoice for the period should have.
 * <ul>
 *   <li>Pax8 subscriptions are the quantity of what was sold; the price is the catalog sell price, unless a
 *       contract line for the same product overrides it (price and discount) — that contract line is then not
 *       billed a second time.</li>
 *   <li>Other contract lines bill their quantity; a per-device product bills the client's latest device count of
 *       its class instead.</li>
 *   <li>Mid-period starts and ends are prorated by day: the unit price carries the fraction, rounded to the
 *       currency's cents, so the line is qty × a price every billing system stores as sent.</li>
 * </ul>
 * Bad data parks the client with a reason instead of failing the batch.
 */
public final class InvoiceProposer {
    private InvoiceProposer() {
    }

    public static Proposal propose(BillingInputs inputs, Client client) {
        try {
            return new Proposal.Lines(client.getId(), lines(inputs, client));
        } catch (ParkedException parked) {
            return new Proposal.Parked(client.getId(), parked.getMessage());
        } catch (InvalidInputException invalid) {
            return new Proposal.Parked(client.getId(), invalid.getMessage());
        }
    }

    private static List<NewInvoiceLine> lines(BillingInputs inputs, Client client) {
        Period period = inputs.period;
        Money.currency(client.getCurrency());
        List<NewInvoiceLine> lines = new ArrayList<>();
        Map<Long, ContractTerms> contractPrices = new HashMap<>();
        List<ContractTerms> contractLines = new ArrayList<>();
        for (Contract contract : inputs.contractsByClient.getOrDefault(client.getId(), List.of())) {
            for (ContractLine line : inputs.linesByContract.getOrDefault(contract.getId(), List.of())) {
                ContractTerms terms = new ContractTerms(contract, line);
                contractLines.add(terms);
                contractPrices.putIfAbsent(line.getProductId(), terms);
            }
        }

        Set<Long> soldThroughPax8 = new HashSet<>();
        for (Subscription subscription : inputs.subscriptionsByClient.getOrDefault(client.getId(), List.of())) {
            if (subscription.getBillingTerm() == BillingTerm.Trial || subscription.getBillingTerm() == BillingTerm.OneTime) {
                continue;
            }
            int months = subscription.getBillingTerm() == BillingTerm.Annual ? 12 : 1;
            Optional<ServiceWindow> window = ServiceWindow.of(period, months, subscription.getStartDate(),
                    subscription.getStartDate(), subscription.getEndDate());
            Long productId = inputs.productByVendorProduct.get(subscription.getVendorProductExternalId());
            if (productId != null) {
                // Sold through Pax8 even in months it does not bill (annual): its contract line is a price, not a charge.
                soldThroughPax8.add(productId);
            }
            if (window.isEmpty() || subscription.getQuantity().signum() == 0) {
                continue;
            }
            if (productId == null) {
                throw new ParkedException("Pax8 product '" + inputs.vendorProductNames.getOrDefault(
                        subscription.getVendorProductExternalId(), subscription.getVendorProductExternalId())
                        + "' (subscription " + subscription.getExternalId() + ") is not mapped to a catalog product: "
                        + "map it in Catalog, then generate again.");
            }
            Product product = product(inputs, productId);
            ContractTerms override = contractPrices.get(productId);
            BigDecimal price = override != null && override.line.getUnitPrice() != null ? override.line.getUnitPrice()
                    : catalogPrice(product, client);
            BigDecimal discount = override != null ? override.line.getDiscountPct() : BigDecimal.ZERO;
            lines.add(line(inputs, client, product, LineSource.SUBSCRIPTION, "pax8:" + subscription.getExternalId(),
                    null, subscription.getQuantity(), price, discount, window.get()));
        }

        for (ContractTerms terms : contractLines) {
            ContractLine line = terms.line;
            if (soldThroughPax8.contains(line.getProductId())) {
                continue;
            }
            LocalDate start = later(terms.contract.getStartDate(), line.getStartDate());
            LocalDate end = earlier(terms.contract.getEndDate(), line.getEndDate());
            Optional<ServiceWindow> window = ServiceWindow.of(period, months(line.getBillingFrequency()), start, start, end);
            if (window.isEmpty()) {
                continue;
            }
            Product product = product(inputs, line.getProductId());
            BigDecimal price = line.getUnitPrice() != null ? line.getUnitPrice() : catalogPrice(product, client);
            boolean perDevice = product.getBillingUnit() == BillingUnit.PER_DEVICE;
            BigDecimal quantity = perDevice ? deviceCount(inputs, client, product) : line.getQuantity();
            if (quantity.signum() == 0) {
                // Nothing to bill; such lines usually exist only to set the price of a Pax8 product.
                continue;
            }
            lines.add(line(inputs, client, product, perDevice ? LineSource.DEVICE : LineSource.CONTRACT,
                    "contract-line:" + line.getId(), line.getDescription(), quantity, price, line.getDiscountPct(), window.get()));
        }
        return lines;
    }

    private static NewInvoiceLine line(BillingInputs inputs, Client client, Product product, LineSource source, String sourceRef,
                                       String extraDescription, BigDecimal quantity, BigDecimal termPrice,
                                       BigDecimal discountPct, ServiceWindow window) {
        // A price is for the line's whole term (a month, a quarter, a year), as reconciliation reads it: a whole
        // window bills it as it is, a part of one its share of the term's months.
        BigDecimal unitPrice = window.whole() ? termPrice : Money.round(termPrice.multiply(window.factor())
                .divide(BigDecimal.valueOf(window.months()), MathContext.DECIMAL64), Money.currency(client.getCurrency()));
        StringBuilder description = new StringBuilder(product.getName());
        if (extraDescription != null && !extraDescription.isBlank()) {
            description.append(" – ").append(extraDescription.trim());
        }
        description.append(" (").append(window.describe());
        if (!window.whole()) {
            description.append(", prorated");
        }
        description.append(')');
        return new NewInvoiceLine(product.getId(), product.getSku(), description.toString(), quantity, unitPrice,
                discountPct == null ? BigDecimal.ZERO : discountPct, taxType(inputs, client, product),
                product.getSalesAccountCode(), window.start(), window.end(), source, sourceRef);
    }

    /** The client's own tax type wins (an exempt or overseas client), then the product's, then the organisation's. */
    private static String taxType(BillingInputs inputs, Client client, Product product) {
        if (client.getDefaultTaxType() != null && !client.getDefaultTaxType().isBlank()) {
            return client.getDefaultTaxType();
        }
        if (product.getTaxType() != null && !product.getTaxType().isBlank()) {
            return product.getTaxType();
        }
        return inputs.organization == null ? null : inputs.organization.getDefaultTaxType();
    }

    private static BigDecimal catalogPrice(Product product, Client client) {
        if (product.getUnitPrice() == null) {
            throw new ParkedException("Product " + product.getSku() + " has no price: set its sell price in Catalog "
                    + "or a price on the client's contract line.");
        }
        if (!product.getCurrency().equalsIgnoreCase(client.getCurrency())) {
            throw new ParkedException("Product " + product.getSku() + " is priced in " + product.getCurrency()
                    + " but " + client.getName() + " is billed in " + client.getCurrency()
                    + ": set a " + client.getCurrency() + " price on the client's contract line.");
        }
        return product.getUnitPrice();
    }

    private static BigDecimal deviceCount(BillingInputs inputs, Client client, Product product) {
        Integer count = inputs.devicesByClient.getOrDefault(client.getId(), Map.of()).get(product.getDeviceClass());
        if (count == null) {
            throw new ParkedException("No device count of class " + product.getDeviceClass() + " for "
                    + client.getName() + " up to " + inputs.period.lastDay() + " (needed by " + product.getSku()
                    + "): import or sync devices, then generate again.");
        }
        return BigDecimal.valueOf(count);
    }

    private static Product product(BillingInputs inputs, long productId) {
        Product product = inputs.products.get(productId);
        if (product == null) {
            throw new ParkedException("Product " + productId + " no longer exists in the catalog.");
        }
        return product;
    }

    private static int months(BillingFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case ANNUAL -> 12;
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private record ContractTerms(Contract contract, ContractLine line) {
    }

    private static final class ParkedException extends RuntimeException {
        ParkedException(String message) {
            super(message, null, false, false);
        }
    }
}
