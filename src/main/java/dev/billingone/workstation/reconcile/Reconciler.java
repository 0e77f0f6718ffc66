package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.reconcile.ReconciliationInputs.ContractTerm;
import dev.billingone.workstation.reconcile.SourceRecord.Kind;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciliation of one period as a pure function of its {@link ReconciliationInputs}. The rules:
 * <ul>
 * <li><b>Sold</b>: Pax8 subscriptions active on at least one day of the period, prorated by day
 *     (start/end dates inclusive). Annual-term prices are compared as their monthly equivalent, price / 12,
 *     because clients are billed monthly; one-time charges count in the month they start; trials never count.
 *     Per-device products are sold by the latest device snapshot on or before the period's last day
 *     (no proration: the count is what is in use at month-end), replacing any subscription quantity.</li>
 * <li><b>Contracted</b>: lines of active (or ended) contracts overlapping the period, prorated by day; a
 *     quarterly or annual line's price is divided by 3 or 12 the same way.</li>
 * <li><b>Expected</b> = the larger of sold and contracted quantity, at the contract's price when there is a
 *     contract (a contract is the agreement: usage above it is billed at its price, and its quantity is the
 *     minimum), otherwise at the sold price.</li>
 * <li><b>Billed</b>: lines of synced invoices issued in the period (AUTHORISED, PAID, SUBMITTED) whose item code
 *     is the product's SKU, plus lines of our non-void generated invoices for the period not yet synced back
 *     (a pushed invoice is counted once, through its snapshot). Amounts exclude tax. Lines whose item code is no
 *     catalog SKU (labour, ad-hoc charges) have nothing to be compared with and are left out.</li>
 * <li>Rows whose client or product is not mapped are UNMAPPED and cannot be judged; products billed but never
 *     sold, contracted or counted (labour, one-off services) are not reconciled.</li>
 * </ul>
 * Amounts are rounded to the currency per source record, so that row, subtotal and report totals are plain sums.
 */
public final class Reconciler {
    private static final int QUANTITY_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<SubscriptionStatus> BILLABLE = Set.of(SubscriptionStatus.Active, SubscriptionStatus.Activated,
            SubscriptionStatus.PendingCancel, SubscriptionStatus.Cancelled, SubscriptionStatus.Converted);

    private final ReconciliationInputs in;
    private final Period period;
    private final Map<Key, Accumulator> rows = new LinkedHashMap<>();
    private final Map<String, ExternalAccount> accounts = new HashMap<>();
    private final Map<String, VendorProduct> vendorProducts = new HashMap<>();
    private final Map<String, Product> productsBySku = new HashMap<>();
    private final Set<Long> distributorProducts = new HashSet<>();

    private Reconciler(ReconciliationInputs inputs) {
        this.in = inputs;
        this.period = inputs.period();
        inputs.accounts().forEach(a -> accounts.put(a.getSystem() + ":" + a.getExternalId(), a));
        inputs.vendorProducts().forEach(v -> {
            vendorProducts.put(v.getSystem() + ":" + v.getExternalId(), v);
            if (v.getProductId() != null) {
                distributorProducts.add(v.getProductId());
            }
        });
        inputs.products().values().forEach(p -> productsBySku.put(p.getSku().toUpperCase(), p));
    }

    public static Reconciliation reconcile(ReconciliationInputs inputs) {
        Reconciler reconciler = new Reconciler(inputs);
        inputs.subscriptions().forEach(reconciler::sold);
        inputs.latestDevices().forEach(reconciler::devices);
        inputs.contractLines().forEach(reconciler::contracted);
        Set<String> syncedInvoices = new HashSet<>();
        for (InvoiceSnapshot invoice : inputs.invoices()) {
            syncedInvoices.add(invoice.getSystem() + ":" + invoice.getExternalId());
            inputs.invoiceLines().getOrDefault(invoice.getId(), List.of()).forEach(line -> reconciler.billed(invoice, line));
        }
        for (GeneratedInvoice invoice : inputs.generated()) {
            if (invoice.getExternalId() == null || !syncedInvoices.contains(invoice.getTargetSystem() + ":" + invoice.getExternalId())) {
                inputs.generatedLines().getOrDefault(invoice.getId(), List.of()).forEach(line -> reconciler.billed(invoice, line));
            }
        }
        List<ReconciliationRow> result = new ArrayList<>();
        reconciler.rows.values().forEach(acc -> {
            ReconciliationRow row = reconciler.finish(acc);
            if (row != null) {
                result.add(row);
            }
        });
        result.sort(Comparator.comparing(ReconciliationRow::clientName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ReconciliationRow::sku, String.CASE_INSENSITIVE_ORDER));
        return new Reconciliation(inputs.period(), inputs.baseCurrency(), result);
    }

    private void sold(Subscription s) {
        if (s.getBillingTerm() == BillingTerm.Trial || !BILLABLE.contains(s.getStatus())
                || (s.getStatus() == SubscriptionStatus.Cancelled && s.getEndDate() == null)) {
            return;
        }
        BigDecimal factor;
        BigDecimal monthsPerPrice = BigDecimal.ONE;
        if (s.getBillingTerm() == BillingTerm.OneTime) {
            if (s.getStartDate() == null || !period.contains(s.getStartDate())) {
                return;
            }
            factor = BigDecimal.ONE;
        } else {
            if (period.daysCovered(s.getStartDate(), s.getEndDate()) == 0) {
                return;
            }
            factor = period.prorationFactor(s.getStartDate(), s.getEndDate());
            if (s.getBillingTerm() == BillingTerm.Annual) {
                monthsPerPrice = BigDecimal.valueOf(12);
            }
        }
        ExternalAccount account = accounts.get(s.getSystem() + ":" + s.getCompanyExternalId());
        VendorProduct vendorProduct = vendorProducts.get(s.getSystem() + ":" + s.getVendorProductExternalId());
        Accumulator acc = accumulator(account, s.getSystem(), s.getCompanyExternalId(), vendorProduct, s.getVendorProductExternalId());
        Product product = acc.key.productId == null ? null : in.products().get(acc.key.productId);
        BigDecimal price = s.getPrice() != null ? s.getPrice() : product != null && product.getUnitPrice() != null ? product.getUnitPrice() : BigDecimal.ZERO;
        BigDecimal monthly = price.divide(monthsPerPrice, MathContext.DECIMAL64);
        BigDecimal quantity = quantity(s.getQuantity().multiply(factor));
        BigDecimal amount = Money.round(s.getQuantity().multiply(monthly).multiply(factor), Money.currency(s.getCurrency()));
        acc.currency(s.getCurrency());
        acc.soldQuantity = acc.soldQuantity.add(quantity);
        acc.soldAmount = acc.soldAmount.add(amount);
        acc.sources.add(new SourceRecord(Kind.SUBSCRIPTION, s.getId(), s.getExternalId(),
                s.getBillingTerm() + " " + s.getStatus() + " " + s.getQuantity().stripTrailingZeros().toPlainString() + " × "
                        + price.stripTrailingZeros().toPlainString() + dates(s.getStartDate(), s.getEndDate()), quantity, amount));
    }

    private void devices(DeviceSnapshot snapshot) {
        if (snapshot.getDeviceCount() <= 0) {
            return;
        }
        Product product = deviceProductFor(snapshot.getClientId(), snapshot.getDeviceClass());
        if (product == null) {
            return;
        }
        Accumulator acc = rows.computeIfAbsent(new Key(snapshot.getClientId(), product.getId(), null, null), Accumulator::new);
        Client client = in.clients().get(snapshot.getClientId());
        acc.currency(client != null ? client.getCurrency() : product.getCurrency());
        BigDecimal unit = acc.soldQuantity.signum() > 0
                ? acc.soldAmount.divide(acc.soldQuantity, MathContext.DECIMAL64)
                : product.getUnitPrice() == null ? BigDecimal.ZERO : product.getUnitPrice();
        if (acc.soldQuantity.signum() > 0) {
            acc.note = "Device count replaces the subscription quantity.";
        }
        BigDecimal count = quantity(BigDecimal.valueOf(snapshot.getDeviceCount()));
        acc.soldQuantity = count;
        acc.soldAmount = Money.round(count.multiply(unit), Money.currency(acc.currency));
        acc.sources.add(new SourceRecord(Kind.DEVICES, snapshot.getId(), snapshot.getSource(),
                snapshot.getDeviceCount() + " " + snapshot.getDeviceClass() + " as of " + snapshot.getAsOf(), count, acc.soldAmount));
    }

    /**
     * The per-device product a client's devices of a class are sold as: the one its contracts name, else the
     * one it was billed for, else the only active catalog product of that class (several: the first by SKU).
     */
    private Product deviceProductFor(long clientId, String deviceClass) {
        List<Product> candidates = in.products().values().stream()
                .filter(p -> p.getBillingUnit() == BillingUnit.PER_DEVICE && deviceClass.equalsIgnoreCase(p.getDeviceClass()))
                .sorted(Comparator.comparing(Product::getSku))
                .toList();
        for (ContractTerm term : in.contractLines()) {
            if (term.contract().getClientId() == clientId) {
                for (Product p : candidates) {
                    if (p.getId().equals(term.line().getProductId())) {
                        return p;
                    }
                }
            }
        }
        return candidates.stream().filter(Product::isActive).findFirst().orElse(null);
    }

    private void contracted(ContractTerm term) {
        LocalDate start = later(term.contract().getStartDate(), term.line().getStartDate());
        LocalDate end = earlier(term.contract().getEndDate(), term.line().getEndDate());
        if (period.daysCovered(start, end) == 0) {
            return;
        }
        Product product = in.products().get(term.line().getProductId());
        Client client = in.clients().get(term.contract().getClientId());
        BigDecimal listPrice = term.line().getUnitPrice() != null ? term.line().getUnitPrice()
                : product.getUnitPrice() == null ? BigDecimal.ZERO : product.getUnitPrice();
        BigDecimal months = BigDecimal.valueOf(monthsPer(term.line().getBillingFrequency()));
        BigDecimal unit = listPrice.multiply(HUNDRED.subtract(term.line().getDiscountPct()))
                .divide(HUNDRED.multiply(months), MathContext.DECIMAL64);
        BigDecimal factor = period.prorationFactor(start, end);
        Accumulator acc = rows.computeIfAbsent(new Key(client.getId(), product.getId(), null, null), Accumulator::new);
        acc.currency(client.getCurrency());
        BigDecimal quantity = quantity(term.line().getQuantity().multiply(factor));
        BigDecimal amount = Money.round(term.line().getQuantity().multiply(unit).multiply(factor), Money.currency(acc.currency));
        acc.contracted = true;
        acc.contractedQuantity = acc.contractedQuantity.add(quantity);
        acc.contractedAmount = acc.contractedAmount.add(amount);
        if (acc.contractUnitPrice == null) {
            acc.contractUnitPrice = unit;
        }
        acc.sources.add(new SourceRecord(Kind.CONTRACT_LINE, term.line().getId(), term.contract().getName(),
                term.line().getBillingFrequency() + " " + term.line().getQuantity().stripTrailingZeros().toPlainString() + " × "
                        + listPrice.stripTrailingZeros().toPlainString() + dates(start, end), quantity, amount));
    }

    private static int monthsPer(BillingFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case ANNUAL -> 12;
        };
    }

    private void billed(InvoiceSnapshot invoice, InvoiceSnapshotLine line) {
        if (line.getItemCode() == null || line.getItemCode().isBlank()) {
            return;
        }
        Product product = productsBySku.get(line.getItemCode().trim().toUpperCase());
        if (product == null) {
            return;
        }
        ExternalAccount account = accounts.get(invoice.getSystem() + ":" + invoice.getContactExternalId());
        Long clientId = account == null ? null : account.getClientId();
        Key key = new Key(clientId, product.getId(), clientId == null ? invoice.getSystem() + ":" + invoice.getContactExternalId() : null, null);
        Accumulator acc = rows.computeIfAbsent(key, Accumulator::new);
        if (clientId == null) {
            acc.externalClientName = account != null ? account.getName() : invoice.getContactExternalId();
            acc.unmappedWhy = invoice.getSystem().displayName() + " contact not mapped to a client";
        }
        acc.currency(invoice.getCurrency());
        BigDecimal net = Money.round(net(line.getLineAmount(), line.getTaxAmount(), invoice.getLineAmountTypes()),
                Money.currency(invoice.getCurrency()));
        BigDecimal quantity = quantity(line.getQuantity() == null ? BigDecimal.ONE : line.getQuantity());
        acc.addBilled(quantity, net);
        acc.sources.add(new SourceRecord(Kind.INVOICE_LINE, line.getId(),
                invoice.getInvoiceNumber() == null ? invoice.getExternalId() : invoice.getInvoiceNumber(),
                invoice.getSystem().displayName() + " " + invoice.getStatus() + " issued " + invoice.getIssueDate()
                        + (line.getDescription() == null ? "" : ": " + line.getDescription()), quantity, net));
    }

    private void billed(GeneratedInvoice invoice, GeneratedInvoiceLine line) {
        Product product = line.getProductId() != null ? in.products().get(line.getProductId())
                : line.getSku() == null ? null : productsBySku.get(line.getSku().trim().toUpperCase());
        if (product == null) {
            return;
        }
        Accumulator acc = rows.computeIfAbsent(new Key(invoice.getClientId(), product.getId(), null, null), Accumulator::new);
        acc.currency(invoice.getCurrency());
        BigDecimal net = Money.round(net(line.getLineAmount(), line.getTaxAmount(), invoice.getLineAmountTypes()),
                Money.currency(invoice.getCurrency()));
        BigDecimal quantity = quantity(line.getQuantity());
        acc.addBilled(quantity, net);
        acc.sources.add(new SourceRecord(Kind.GENERATED_LINE, line.getId(),
                invoice.getInvoiceNumber() == null ? "draft " + invoice.getId() : invoice.getInvoiceNumber(),
                invoice.getKind() + " " + invoice.getStatus() + " (" + line.getSource() + "): " + line.getDescription(), quantity, net));
    }

    private static BigDecimal net(BigDecimal lineAmount, BigDecimal tax, LineAmountTypes types) {
        return types == LineAmountTypes.Inclusive && tax != null ? lineAmount.subtract(tax) : lineAmount;
    }

    private Accumulator accumulator(ExternalAccount account, ExternalSystem system, String companyId,
                                    VendorProduct vendorProduct, String vendorProductId) {
        Long clientId = account == null ? null : account.getClientId();
        Long productId = vendorProduct == null ? null : vendorProduct.getProductId();
        Key key = new Key(clientId, productId, clientId == null ? system + ":" + companyId : null,
                productId == null ? vendorProductId : null);
        Accumulator acc = rows.computeIfAbsent(key, Accumulator::new);
        if (clientId == null) {
            acc.externalClientName = account == null ? companyId : account.getName();
            acc.unmappedWhy = system.displayName() + " company not mapped to a client";
        }
        if (productId == null) {
            acc.externalProductName = vendorProduct == null ? vendorProductId : vendorProduct.getName();
            acc.externalVendor = vendorProduct == null ? null : vendorProduct.getVendorName();
            acc.unmappedWhy = system.displayName() + " product not mapped to a catalog SKU";
        }
        return acc;
    }

    private ReconciliationRow finish(Accumulator acc) {
        Client client = acc.key.clientId == null ? null : in.clients().get(acc.key.clientId);
        Product product = acc.key.productId == null ? null : in.products().get(acc.key.productId);
        String clientName = client != null ? client.getName() : acc.externalClientName;
        String sku = product != null ? product.getSku() : acc.key.externalProduct;
        String productName = product != null ? product.getName() : acc.externalProductName;
        String vendor = product != null && product.getVendor() != null ? product.getVendor() : acc.externalVendor;
        String currency = acc.currency != null ? acc.currency : client != null ? client.getCurrency() : in.baseCurrency();
        BigDecimal zero = BigDecimal.ZERO;
        if (client == null || product == null) {
            boolean contractOnly = acc.soldQuantity.signum() == 0 && !acc.contracted;
            BigDecimal expected = contractOnly ? zero : acc.soldAmount;
            return new ReconciliationRow(acc.key.clientId, clientName, acc.key.productId, sku, productName, vendor, currency,
                    ReconciliationStatus.UNMAPPED, acc.soldQuantity, acc.soldAmount, acc.contractedQuantity, acc.contractedAmount,
                    acc.soldQuantity, unitOf(acc.soldAmount, acc.soldQuantity), expected, acc.billedQuantity, acc.billedAmount,
                    zero, zero, acc.unmappedWhy, List.copyOf(acc.sources));
        }
        boolean sold = acc.soldQuantity.signum() > 0;
        boolean tracked = sold || acc.contracted || product.getBillingUnit() == BillingUnit.PER_DEVICE
                || distributorProducts.contains(product.getId());
        if (!tracked) {
            return null;
        }
        BigDecimal expectedQuantity;
        BigDecimal expectedAmount;
        BigDecimal unit;
        if (acc.contracted) {
            unit = acc.contractUnitPrice;
            if (acc.soldQuantity.compareTo(acc.contractedQuantity) > 0) {
                expectedQuantity = acc.soldQuantity;
                expectedAmount = Money.round(acc.soldQuantity.multiply(unit), Money.currency(currency));
            } else {
                expectedQuantity = acc.contractedQuantity;
                expectedAmount = acc.contractedAmount;
            }
        } else {
            expectedQuantity = acc.soldQuantity;
            expectedAmount = acc.soldAmount;
            unit = unitOf(acc.soldAmount, acc.soldQuantity);
        }
        BigDecimal variance = expectedAmount.subtract(acc.billedAmount);
        ReconciliationStatus status;
        if (acc.billedQuantity.signum() == 0 && acc.billedAmount.signum() == 0 && expectedAmount.signum() > 0) {
            status = ReconciliationStatus.UNBILLED;
        } else if (variance.signum() > 0) {
            status = ReconciliationStatus.UNDER_BILLED;
        } else if (variance.signum() < 0) {
            status = ReconciliationStatus.OVER_BILLED;
        } else {
            status = ReconciliationStatus.MATCHED;
        }
        return new ReconciliationRow(client.getId(), clientName, product.getId(), sku, productName, vendor, currency, status,
                acc.soldQuantity, acc.soldAmount, acc.contractedQuantity, acc.contractedAmount,
                expectedQuantity, unit == null ? zero : unit.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP), expectedAmount,
                acc.billedQuantity, acc.billedAmount, expectedQuantity.subtract(acc.billedQuantity), variance,
                acc.note, List.copyOf(acc.sources));
    }

    private static BigDecimal unitOf(BigDecimal amount, BigDecimal quantity) {
        return quantity.signum() == 0 ? BigDecimal.ZERO
                : amount.divide(quantity, MathContext.DECIMAL64).setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static String dates(LocalDate start, LocalDate end) {
        return start == null && end == null ? "" : " (" + (start == null ? "…" : start) + " to " + (end == null ? "…" : end) + ")";
    }

    /** A row's identity: mapped ids, or the external ids that still need mapping. */
    private record Key(Long clientId, Long productId, String externalClient, String externalProduct) {
    }

    private static final class Accumulator {
        final Key key;
        final List<SourceRecord> sources = new ArrayList<>();
        String currency;
        String externalClientName;
        String externalProductName;
        String externalVendor;
        String unmappedWhy;
        String note;
        boolean contracted;
        BigDecimal contractUnitPrice;
        BigDecimal soldQuantity = quantity(BigDecimal.ZERO);
        BigDecimal soldAmount = BigDecimal.ZERO;
        BigDecimal contractedQuantity = quantity(BigDecimal.ZERO);
        BigDecimal contractedAmount = BigDecimal.ZERO;
        BigDecimal billedQuantity = quantity(BigDecimal.ZERO);
        BigDecimal billedAmount = BigDecimal.ZERO;

        Accumulator(Key key) {
            this.key = key;
        }

        void currency(String code) {
            if (currency == null) {
                currency = code;
            }
        }

        void addBilled(BigDecimal quantity, BigDecimal amount) {
            billedQuantity = billedQuantity.add(quantity);
            billedAmount = billedAmount.add(amount);
        }
    }
}
