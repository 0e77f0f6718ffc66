package dev.billingone.workstation.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.store.StoreBackedTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Purchase orders from draft to billed, on every backend. */
abstract class PurchaseOrderServiceContractTest extends StoreBackedTest {
    static final Period PERIOD = Period.of(2026, 11);

    PurchaseOrderService orders;
    long client;
    long laptop;
    long licence;

    @BeforeEach
    void data() {
        orders = new PurchaseOrderService(store);
        client = SampleRecords.client(store, "Summit Logistics Inc.", "AUD");
        laptop = SampleRecords.product(store, "LAPTOP-14", "1899.00", true);
        licence = SampleRecords.product(store, "ADOBE-CC", "89.95", true);
    }

    PurchaseOrderInput input(Long orderClient, PurchaseOrderInput.Line... lines) {
        return new PurchaseOrderInput("Dicker Data", LocalDate.of(2026, 11, 3), orderClient, "AUD", null, List.of(lines));
    }

    static PurchaseOrderInput.Line line(long product, String qty, String cost, Long client) {
        return new PurchaseOrderInput.Line(null, product, null, new BigDecimal(qty), new BigDecimal(cost), client);
    }

    long version(long id) {
        return orders.get(id).order().getVersion();
    }

    List<PurchaseOrderLine> lines(long id) {
        return orders.get(id).lines();
    }

    @Test
    void createsDraftsWithSequentialNumbersAndTotals() {
        long first = orders.create(input(client, line(laptop, "2", "1450.00", null), line(licence, "5", "61.20", null)));
        long second = orders.create(input(null, line(licence, "1", "61.20", null)));

        assertThat(orders.list(null, null)).extracting(PurchaseOrderSummary::poNumber)
                .containsExactlyInAnyOrder("PO-00001", "PO-00002");
        PurchaseOrderSummary row = orders.list(null, "00001").get(0);
        assertThat(row.id()).isEqualTo(first);
        assertThat(row.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(row.totalCost()).isEqualTo(Money.of("3206.00", "AUD"));
        assertThat(row.clientName()).isEqualTo("Summit Logistics Inc.");
        assertThat(lines(first)).extracting(PurchaseOrderLine::getClientId).containsOnly(client);
        assertThat(lines(second)).extracting(PurchaseOrderLine::getClientId).containsOnlyNulls();
    }

    @Test
    void validationReportsEveryProblem() {
        long retired = SampleRecords.product(store, "OLD-SWITCH", "10.00", false);
        PurchaseOrderInput bad = new PurchaseOrderInput(" ", null, null, "XYZ1", null,
                List.of(line(retired, "0", "-2", null)));
        assertThatThrownBy(() -> orders.create(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("supplier: required")
                .hasMessageContaining("order date: required")
                .hasMessageContaining("currency")
                .hasMessageContaining("line 1: product OLD-SWITCH is inactive")
                .hasMessageContaining("line 1: quantity must be more than 0")
                .hasMessageContaining("line 1: unit cost must be 0 or more");
        assertThat(orders.list(null, null)).isEmpty();
    }

    @Test
    void statusFollowsOrderingAndReceipts() {
        long id = orders.create(input(client, line(laptop, "2", "1450.00", null), line(licence, "5", "61.20", null)));
        assertThatThrownBy(() -> orders.receive(id, version(id), List.of(new Receipt(lines(id).get(0).getId(), BigDecimal.ONE, client))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is draft and cannot be received");
        orders.markOrdered(id, version(id));
        long laptopLine = lines(id).get(0).getId();
        long licenceLine = lines(id).get(1).getId();

        orders.receive(id, version(id), List.of(new Receipt(laptopLine, BigDecimal.ONE, client)));
        assertThat(orders.get(id).order().getStatus()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThatThrownBy(() -> orders.receive(id, version(id), List.of(new Receipt(laptopLine, new BigDecimal("2"), client))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("would make 3 of 2 ordered");
        assertThatThrownBy(() -> orders.receive(id, version(id), List.of(new Receipt(laptopLine, BigDecimal.ONE, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("the rest must go there too");
        assertThatThrownBy(() -> orders.cancel(id, version(id), "late")).isInstanceOf(ConflictException.class);

        orders.receive(id, version(id), List.of(new Receipt(laptopLine, BigDecimal.ONE, client),
                new Receipt(licenceLine, new BigDecimal("5"), null)));
        assertThat(orders.get(id).order().getStatus()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(lines(id).get(1).getClientId()).isNull();
        List<AuditEvent> history = store.read(s -> AuditLog.history(s, "purchase_order", id));
        assertThat(history).extracting(AuditEvent::getAction).containsExactly("create", "order", "receive", "receive");
    }

    @Test
    void cancelsOnlyWhileNothingIsReceived() {
        long id = orders.create(input(client, line(laptop, "1", "1450.00", null)));
        orders.markOrdered(id, version(id));
        orders.cancel(id, version(id), "supplier out of stock");
        assertThat(orders.get(id).order().getStatus()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThatThrownBy(() -> orders.update(id, version(id), input(client, line(laptop, "1", "1.00", null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled and cannot be edited");
    }

    @Test
    void editingKeepsReceivedQuantitiesSafe() {
        long id = orders.create(input(client, line(laptop, "3", "1450.00", null), line(licence, "5", "61.20", null)));
        orders.markOrdered(id, version(id));
        PurchaseOrderLine laptops = lines(id).get(0);
        orders.receive(id, version(id), List.of(new Receipt(laptops.getId(), new BigDecimal("2"), client)));

        PurchaseOrderInput.Line reducedBelowReceived = new PurchaseOrderInput.Line(laptops.getId(), laptop, null,
                BigDecimal.ONE, new BigDecimal("1450.00"), null);
        assertThatThrownBy(() -> orders.update(id, version(id), input(client, reducedBelowReceived)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already received");
        assertThatThrownBy(() -> orders.update(id, version(id), input(client, line(licence, "5", "61.20", null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be removed");

        PurchaseOrderInput.Line trimmed = new PurchaseOrderInput.Line(laptops.getId(), laptop, null, new BigDecimal("2"),
                new BigDecimal("1450.00"), null);
        orders.update(id, version(id), input(client, trimmed));
        assertThat(orders.get(id).order().getStatus()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void receivedClientLinesAppearOnTheClientsDraftAtSellPriceExactlyOnce() {
        long id = orders.create(input(null, line(laptop, "3", "1450.00", null), line(licence, "10", "61.20", null)));
        orders.markOrdered(id, version(id));
        long laptopLine = lines(id).get(0).getId();
        long licenceLine = lines(id).get(1).getId();
        orders.receive(id, version(id), List.of(new Receipt(laptopLine, new BigDecimal("2"), client),
                new Receipt(licenceLine, new BigDecimal("10"), null)));

        BilledToClients billed = orders.billToClients(id, PERIOD);

        assertThat(billed.lines()).isEqualTo(1);
        List<GeneratedInvoiceLine> draft = draftLines();
        assertThat(draft).singleElement().satisfies(l -> {
            assertThat(l.getSource()).isEqualTo(LineSource.PROCUREMENT);
            assertThat(l.getSourceRef()).isEqualTo("po-line:" + laptopLine);
            assertThat(l.getQuantity()).isEqualByComparingTo("2");
            assertThat(l.getUnitPrice()).isEqualByComparingTo("1899.00");
            assertThat(l.getLineAmount()).isEqualByComparingTo("3798.00");
            assertThat(l.getTaxAmount()).isEqualByComparingTo("379.80");
            assertThat(l.getDescription()).isEqualTo("LAPTOP 14 (PO-00001)");
        });
        assertThat(orders.billToClients(id, PERIOD).lines()).isZero();
        assertThat(draftLines()).hasSize(1);
        assertThat(orders.list(null, null).get(0).unbilled()).isEqualByComparingTo("0");

        orders.receive(id, version(id), List.of(new Receipt(laptopLine, BigDecimal.ONE, client)));
        assertThat(orders.list(null, null).get(0).unbilled()).isEqualByComparingTo("1");
        orders.billToClients(id, PERIOD);
        assertThat(draftLines()).extracting(GeneratedInvoiceLine::getQuantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2"), BigDecimal.ONE);
        assertThat(lines(id).get(0).getBilledQuantity()).isEqualByComparingTo("3");
    }

    @Test
    void billingGoesToAnAdjustmentOnceTheRegularInvoiceIsApproved() {
        SampleRecords.invoice(store, client, PERIOD.toString(), InvoiceStatus.APPROVED, "100.00", "10.00");
        long id = orders.create(input(client, line(licence, "1", "61.20", null)));
        orders.markOrdered(id, version(id));
        orders.receive(id, version(id), List.of(new Receipt(lines(id).get(0).getId(), BigDecimal.ONE, client)));

        BilledToClients billed = orders.billToClients(id, PERIOD);

        GeneratedInvoice invoice = store.read(s -> s.find(GeneratedInvoice.class, billed.invoiceIds().iterator().next()));
        assertThat(invoice.getKind()).isEqualTo(dev.billingone.workstation.billing.InvoiceKind.ADJUSTMENT);
        assertThat(invoice.getTotal()).isEqualByComparingTo("98.95");
    }

    @Test
    void aProductWithoutSellPriceIsNotBilledAndNothingIsMarked() {
        long unpriced = SampleRecords.product(store, "CABLE-KIT", null, true);
        long id = orders.create(input(client, line(laptop, "1", "1450.00", null), line(unpriced, "1", "5.00", null)));
        orders.markOrdered(id, version(id));
        orders.receive(id, version(id), lines(id).stream().map(l -> new Receipt(l.getId(), BigDecimal.ONE, client)).toList());

        assertThatThrownBy(() -> orders.billToClients(id, PERIOD)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PO-00001 line 2 (CABLE-KIT): the product has no sell price");
        assertThat(draftLines()).isEmpty();
        assertThat(lines(id)).extracting(PurchaseOrderLine::getBilledQuantity).allMatch(q -> q.signum() == 0);
    }

    List<GeneratedInvoiceLine> draftLines() {
        return store.read(s -> s.createSelectionQuery("from GeneratedInvoice where clientId = :c", GeneratedInvoice.class)
                .setParameter("c", client).getResultStream()
                .flatMap(i -> DraftInvoices.lines(s, i.getId()).stream()).toList());
    }
}
