package dev.billingone.workstation.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractLine;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogServiceContractTest {
    Store store;
    CatalogService catalog;

    protected abstract DatabaseTarget target();

    @BeforeAll
    void open() {
        store = Store.open(target());
        catalog = new CatalogService(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("contract_line", "contract", "vendor_product", "product", "client", "audit_event")) {
                s.executeUpdate("DELETE FROM " + table);
            }
            c.commit();
        }
    }

    ProductRow product(String sku, String price) {
        return catalog.save(new ProductEdit(null, 0, sku, sku + " name", null, new BigDecimal(price), new BigDecimal("1.00"), "AUD",
                "OUTPUT", "200", null, BillingUnit.PER_USER, true));
    }

    ProductRow row(String sku) {
        return catalog.rows().stream().filter(r -> r.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void savesValidatesAndRefusesADuplicateSkuOrAStaleEdit() {
        ProductRow a = product("A", "10.00");
        product("B", "20.00");
        assertThatThrownBy(() -> catalog.save(ProductEdit.of(row("B")).withName(" ").withUnitPrice(BigDecimal.ONE)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Name is required for B.");
        assertThatThrownBy(() -> catalog.save(new ProductEdit(null, 0, "A", "Other", null, null, null, "AUD", null, null, null, null, true)))
                .isInstanceOf(InvalidInputException.class).hasMessage("SKU 'A' is already used by another product: choose another SKU.");
        catalog.save(ProductEdit.of(a).withUnitPrice(new BigDecimal("11.00")));
        assertThatThrownBy(() -> catalog.save(ProductEdit.of(a).withUnitPrice(new BigDecimal("12.00"))))
                .isInstanceOf(ConflictException.class);
        assertThat(row("A").unitPrice()).isEqualByComparingTo("11.00");
        assertThat(row("A").marginPercent()).isEqualByComparingTo("90.9");
    }

    @Test
    void duplicatesUnderAFreeSku() {
        ProductRow a = product("A", "10.00");
        assertThat(catalog.duplicate(a.id()).sku()).isEqualTo("A-COPY");
        assertThat(catalog.duplicate(a.id()).sku()).isEqualTo("A-COPY2");
    }

    @Test
    void aProductUsedOnAContractCanOnlyBeArchived() {
        ProductRow used = product("USED", "10.00");
        ProductRow unused = product("UNUSED", "10.00");
        store.write(session -> {
            Client client = new Client();
            client.setName("Harbour Dental");
            client.setCurrency("AUD");
            session.persist(client);
            Contract contract = new Contract();
            contract.setClientId(client.getId());
            contract.setName("MSA");
            contract.setStatus(ContractStatus.ACTIVE);
            contract.setStartDate(LocalDate.of(2026, 1, 1));
            session.persist(contract);
            ContractLine line = new ContractLine();
            line.setContractId(contract.getId());
            line.setProductId(used.id());
            line.setQuantity(BigDecimal.ONE);
            session.persist(line);
        });
        assertThatThrownBy(() -> catalog.delete(used.id())).isInstanceOf(ConflictException.class)
                .hasMessage("USED is used on 1 invoice, contract or order lines, so it cannot be deleted: archive it instead.");
        catalog.delete(unused.id());
        assertThat(catalog.archive(List.of(used.id()))).isEqualTo(1);
        assertThat(catalog.rows()).extracting(ProductRow::sku, ProductRow::active).containsExactly(org.assertj.core.groups.Tuple.tuple("USED", false));
    }

    @Test
    void bulkEditPreviewsAppliesAsOneAuditEntryAndUndoes() {
        ProductRow a = product("A", "10.00");
        ProductRow b = product("B", "33.00");
        product("C", "5.00");
        BulkEdit uplift = new BulkEdit(BulkEdit.Uplift.PERCENT, new BigDecimal("5"), BulkEdit.Rounding.ENDING_99, null, "210", null);
        List<BulkChange> preview = catalog.preview(List.of(a.id(), b.id()), uplift);
        assertThat(preview).extracting(BulkChange::sku).containsExactly("A", "B");
        assertThat((BigDecimal) preview.get(0).after().get("unitPrice")).isEqualByComparingTo("10.99");
        assertThat((BigDecimal) preview.get(1).after().get("unitPrice")).isEqualByComparingTo("34.99");
        assertThat(row("A").unitPrice()).isEqualByComparingTo("10.00");

        assertThat(catalog.applyBulkEdit(List.of(a.id(), b.id()), uplift)).isEqualTo(2);
        assertThat(row("B").unitPrice()).isEqualByComparingTo("34.99");
        assertThat(row("B").salesAccountCode()).isEqualTo("210");
        List<AuditEvent> entries = store.read(s -> s.createSelectionQuery("from AuditEvent where entityType = 'product-bulk-edit'", AuditEvent.class).getResultList());
        assertThat(entries).hasSize(1);

        assertThat(catalog.undoLastBulkEdit()).isEqualTo(2);
        assertThat(row("B").unitPrice()).isEqualByComparingTo("33.00");
        assertThat(row("A").salesAccountCode()).isEqualTo("200");
        assertThat(catalog.lastUndoableBulkEdit()).isNull();
        assertThatThrownBy(() -> catalog.undoLastBulkEdit()).isInstanceOf(ConflictException.class);
    }

    @Test
    void undoIsRefusedWhenAProductChangedAgainSince() {
        ProductRow a = product("A", "10.00");
        catalog.applyBulkEdit(List.of(a.id()), new BulkEdit(BulkEdit.Uplift.AMOUNT, new BigDecimal("2.5"), BulkEdit.Rounding.WHOLE, null, null, null));
        assertThat(row("A").unitPrice()).isEqualByComparingTo("13");
        catalog.save(ProductEdit.of(row("A")).withUnitPrice(new BigDecimal("14.00")));
        assertThatThrownBy(() -> catalog.undoLastBulkEdit()).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("A was changed again after the bulk edit");
        assertThat(row("A").unitPrice()).isEqualByComparingTo("14.00");
    }

    @Test
    void filterMatchesEveryWordAnywhere() {
        product("M365-BP", "33.00");
        product("EDR", "12.00");
        List<ProductRow> rows = catalog.rows();
        assertThat(ProductFilter.apply(rows, "m365 name")).extracting(ProductRow::sku).containsExactly("M365-BP");
        assertThat(ProductFilter.apply(rows, "  ")).hasSize(2);
        assertThat(ProductFilter.apply(rows, "nothing")).isEmpty();
    }
}
