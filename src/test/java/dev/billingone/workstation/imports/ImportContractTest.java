package dev.billingone.workstation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The import pipeline against every backend: one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportContractTest {
    protected Store store;
    protected ImportService imports;
    @TempDir
    Path dir;

    protected abstract DatabaseTarget target();

    @BeforeAll
    void open() {
        store = Store.open(target());
        imports = new ImportService(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("contract_line", "contract", "device_snapshot", "subscription", "vendor_product",
                    "external_account", "product", "client", "import_log", "import_preset", "audit_event")) {
                s.executeUpdate("DELETE FROM " + table);
            }
            c.commit();
        }
    }

    Path file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportResult dryRun(ImportKind kind, Path file) {
        return imports.run(new ImportRequest(kind, file, CsvOptions.DETECT, null, java.util.Map.of(), "AUD", true, false), ImportProgress.NONE);
    }

    ImportResult apply(ImportKind kind, Path file) {
        return imports.run(new ImportRequest(kind, file, CsvOptions.DETECT, null, java.util.Map.of(), "AUD", false, false), ImportProgress.NONE);
    }

    List<Product> products() {
        return store.read(s -> s.createSelectionQuery("from Product order by sku", Product.class).getResultList());
    }

    static final String XERO = "*ItemCode,ItemName,PurchasesDescription,PurchasesUnitPrice,PurchasesAccount,PurchasesTaxRate,"
            + "SalesDescription,SalesUnitPrice,SalesAccount,SalesTaxRate\n"
            + "M365-BP,Microsoft 365 Business Premium,,22.00,310,GST on Expenses,\"Premium, per user\",33.00,200,GST on Income\n"
            + "EDR,Endpoint protection,,4.10,310,GST on Expenses,Per device,12.00,200,GST on Income\n";

    @Test
    void recognisesAXeroItemsExportAndADryRunWritesNothing() {
        ImportResult result = dryRun(ImportKind.CATALOG, file("items.csv", XERO));
        assertThat(result.preset().id()).isEqualTo("xero-items");
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.applied()).isFalse();
        assertThat(result.rows().get(0).changes()).contains(new RowOutcome.FieldChange("SalesUnitPrice", "", "33.00"));
        assertThat(products()).isEmpty();
    }

    @Test
    void appliesUpsertsBySkuAndShowsFieldLevelChanges() {
        assertThat(apply(ImportKind.CATALOG, file("items.csv", XERO)).applied()).isTrue();
        assertThat(products()).extracting(Product::getSku, p -> p.getUnitPrice().stripTrailingZeros().toPlainString(), Product::getCurrency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDR", "12", "AUD"), org.assertj.core.groups.Tuple.tuple("M365-BP", "33", "AUD"));

        ImportResult again = dryRun(ImportKind.CATALOG, file("items2.csv", XERO.replace("33.00,200", "34.65,200")));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        RowOutcome changed = again.rows().get(0);
        assertThat(changed.row()).isEqualTo(2);
        assertThat(changed.key()).isEqualTo("M365-BP");
        assertThat(changed.changes()).containsExactly(new RowOutcome.FieldChange("SalesUnitPrice", "33.00", "34.65"));
    }

    @Test
    void anyErrorMeansNothingIsWrittenButTheAttemptIsLogged() {
        Path bad = file("bad.csv", "SKU,Name,Unit price\nA-1,Good,1.00\nA-2,Bad,twelve\n");
        ImportResult result = apply(ImportKind.CATALOG, bad);
        assertThat(result.applied()).isFalse();
        assertThat(result.errors()).containsExactly(new ImportError(3, "Unit price", "twelve", "is not a number: write it like 1,234.50 or 1234.50"));
        assertThat(products()).isEmpty();
        assertThat(imports.history(5)).singleElement().satisfies(log -> {
            assertThat(log.getCreatedCount()).isZero();
            assertThat(log.getErrorCount()).isEqualTo(1);
            assertThat(log.getFileSha256()).hasSize(64);
        });
    }

    @Test
    void validRowsOnlyAppliesTheRestAndLogsTheSkippedRows() {
        Path bad = file("bad.csv", "SKU,Name,Unit price\nA-1,Good,1.00\nA-2,Bad,twelve\nA-3,Also good,3\n");
        ImportResult result = imports.run(new ImportRequest(ImportKind.CATALOG, bad, CsvOptions.DETECT, null, java.util.Map.of(), "AUD", false, true),
                ImportProgress.NONE);
        assertThat(result.applied()).isTrue();
        assertThat(products()).extracting(Product::getSku).containsExactly("A-1", "A-3");
        ImportLog log = imports.history(1).get(0);
        assertThat(log.getSkippedRows()).isEqualTo("3");
        assertThat(log.getCreatedCount()).isEqualTo(2);
        assertThat(log.getFileName()).isEqualTo("bad.csv");
        assertThat(log.getActor()).isNotBlank();
    }

    @Test
    void aDuplicateKeyNamesBothRows() {
        ImportResult result = dryRun(ImportKind.CATALOG, file("dup.csv", "SKU,Name\nD-1,First\nD-2,Second\nD-1,Again\n"));
        assertThat(result.errors()).containsExactly(new ImportError(4, null, "D-1",
                "appears twice in the file, on rows 2 and 4; keep one of the two rows"));
    }

    @Test
    void catalogExportThenImportChangesNothing() {
        apply(ImportKind.CATALOG, file("items.csv", XERO));
        apply(ImportKind.CATALOG, file("more.csv", "SKU,Name,Description,Unit price,Currency,Billing unit,Active\n"
                + "Q-1,\"Quoted, \"\"name\"\"\",\"multi\nline\",0.1234,NZD,per device,no\n"));
        Path exported = dir.resolve("export.csv");
        assertThat(new ExportService(store).export(ImportKind.CATALOG, exported, null)).isEqualTo(3);
        ImportResult result = dryRun(ImportKind.CATALOG, exported);
        assertThat(result.preset().id()).isEqualTo("billingone");
        assertThat(result.unchanged()).isEqualTo(3);
        assertThat(result.created() + result.updated() + result.errorCount()).isZero();

        Path xero = dir.resolve("xero.csv");
        new ExportService(store).export(ImportKind.CATALOG, xero, "xero-items");
        ImportResult viaXero = dryRun(ImportKind.CATALOG, xero);
        assertThat(viaXero.preset().id()).isEqualTo("xero-items");
        assertThat(viaXero.unchanged()).isEqualTo(3);
    }

    @Test
    void clientsUpsertByExternalIdSoARenamedCompanyStillMatches() {
        apply(ImportKind.CLIENTS, file("pax8.csv", "Company ID,Company Name,Website\nC-1,Harbour Dental,harbour.example\n"));
        ImportResult renamed = apply(ImportKind.CLIENTS, file("pax8b.csv", "Company ID,Company Name,Website\nC-1,Harbour Dental LLC,harbour.example\n"));
        assertThat(renamed.preset().id()).isEqualTo("pax8-companies");
        assertThat(renamed.updated()).isEqualTo(1);
        List<Client> clients = store.read(s -> s.createSelectionQuery("from Client", Client.class).getResultList());
        assertThat(clients).extracting(Client::getName).containsExactly("Harbour Dental LLC");
        ExternalAccount account = store.read(s -> s.createSelectionQuery("from ExternalAccount", ExternalAccount.class).getSingleResult());
        assertThat(account.getSystem()).isEqualTo(ExternalSystem.PAX8);
        assertThat(account.getClientId()).isEqualTo(clients.get(0).getId());

        Path exported = dir.resolve("clients.csv");
        new ExportService(store).export(ImportKind.CLIENTS, exported, null);
        assertThat(dryRun(ImportKind.CLIENTS, exported).unchanged()).isEqualTo(1);
    }

    @Test
    void pax8SubscriptionsCreateTheirCompanyAndProductAndRoundTrip() throws Exception {
        Path sample = Path.of("samples/pax8-subscriptions-export.csv");
        ImportResult result = apply(ImportKind.SUBSCRIPTIONS, sample);
        assertThat(result.preset().id()).isEqualTo("pax8-subscriptions");
        assertThat(result.created()).isEqualTo(5);
        List<ExternalAccount> companies = store.read(s -> s.createSelectionQuery("from ExternalAccount", ExternalAccount.class).getResultList());
        assertThat(companies).hasSize(3);
        List<VendorProduct> products = store.read(s -> s.createSelectionQuery("from VendorProduct", VendorProduct.class).getResultList());
        assertThat(products).hasSize(4);
        Subscription summit = store.read(s -> s.createSelectionQuery("from Subscription where quantity = 57", Subscription.class).getSingleResult());
        assertThat(summit.getEndDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 14));

        Path exported = dir.resolve("subs.csv");
        new ExportService(store).export(ImportKind.SUBSCRIPTIONS, exported, null);
        ImportResult again = dryRun(ImportKind.SUBSCRIPTIONS, exported);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.errorCount()).isZero();
    }

    @Test
    void devicesAndContractsResolveClientsAndSkusAndRoundTrip() {
        apply(ImportKind.CLIENTS, file("clients.csv", "Name,Currency\nHarbour Dental LLC,AUD\n"));
        apply(ImportKind.CATALOG, file("items.csv", XERO));

        ImportResult devices = apply(ImportKind.DEVICES, file("devices.csv",
                "Client,Device class,Count,As of\nHarbour Dental LLC,workstation,31,2026-04-30\nHarbour Dental LLC,server,2,2026-04-30\nNobody Pty Ltd,server,1,2026-04-30\n"));
        assertThat(devices.applied()).isFalse();
        assertThat(devices.errors()).containsExactly(new ImportError(4, "Client", "Nobody Pty Ltd",
                "is not a client: import or add the client first, or fix the name to match an existing client"));

        String contractCsv = "Client,Contract,Contract start,SKU,Quantity,Unit price\n"
                + "Harbour Dental LLC,Managed Services 2026,2026-01-01,M365-BP,24,33.00\n"
                + "Harbour Dental LLC,Managed Services 2026,,EDR,31,12.00\n";
        ImportResult contracts = apply(ImportKind.CONTRACTS, file("contracts.csv", contractCsv));
        assertThat(contracts.errors()).isEmpty();
        assertThat(contracts.created()).isEqualTo(2);
        apply(ImportKind.DEVICES, file("devices2.csv", "Client,Device class,Count,As of\nHarbour Dental LLC,workstation,31,30/04/2026\n"));

        for (ImportKind kind : List.of(ImportKind.CONTRACTS, ImportKind.DEVICES)) {
            Path exported = dir.resolve(kind.cliName() + ".csv");
            new ExportService(store).export(kind, exported, null);
            ImportResult again = dryRun(kind, exported);
            assertThat(again.errorCount()).as(kind + " errors: " + again.errors()).isZero();
            assertThat(again.created() + again.updated()).as(kind.name()).isZero();
            assertThat(again.unchanged()).isPositive();
        }
    }

    @Test
    void aSavedMappingIsOfferedForTheNextFile() {
        Path odd = file("odd.csv", "Item code,Title,Sell\nZ-1,Zed,5.00\n");
        ImportRequest request = new ImportRequest(ImportKind.CATALOG, odd, CsvOptions.DETECT, "my-sheet",
                java.util.Map.of("sku", "Item code", "name", "Title", "unitPrice", "Sell"), "AUD", false, false);
        assertThat(imports.run(request.withPreset(null), ImportProgress.NONE).created()).isEqualTo(1);
        imports.presets().save(imports.presets().custom(ImportKind.CATALOG, "my-sheet", request.mapping(), null));
        ImportResult next = dryRun(ImportKind.CATALOG, file("odd2.csv", "Item code,Title,Sell\nZ-1,Zed,5.50\n"));
        assertThat(next.preset().id()).isEqualTo("my-sheet");
        assertThat(next.rows().get(0).changes()).containsExactly(new RowOutcome.FieldChange("Sell", "5.00", "5.50"));
        assertThat(products().get(0).getUnitPrice()).isEqualByComparingTo(new BigDecimal("5.00"));
    }

    @Test
    void previewReadsTheFirstRowsThroughAHandMadeMappingAndSaysWhatIsMissing() {
        Path supplier = file("supplier.csv", "Code,Title,Price\r\nSUP-1,Widget,12.50\r\nSUP-2,Gadget,lots\r\nSUP-3,Gizmo,1\r\n");
        ImportRequest request = ImportRequest.dryRun(ImportKind.CATALOG, supplier);

        ImportPreview unmapped = imports.preview(request, 2);
        assertThat(unmapped.preset()).isNull();
        assertThat(unmapped.header()).containsExactly("Code", "Title", "Price");
        assertThat(unmapped.problems()).extracting(ImportError::message)
                .containsExactly("no column is mapped to 'sku', which every catalog row needs");

        ImportPreview mapped = imports.preview(request.withMapping(java.util.Map.of("sku", "Code", "name", "Title", "unitPrice", "Price")), 2);
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.mapping()).containsEntry("sku", "Code").containsEntry("unitPrice", "Price");
        assertThat(mapped.rows()).extracting(ImportPreview.Row::row).containsExactly(2, 3);
        assertThat(mapped.rows().get(0).values()).containsEntry("sku", "SUP-1").containsEntry("unitPrice", "12.50");
        assertThat(mapped.rows().get(1).errors()).singleElement()
                .satisfies(error -> assertThat(error.column()).isEqualTo("Price"));
        assertThat(products()).isEmpty();
    }

    @Test
    void aCancelledApplyWritesNothing() {
        StringBuilder csv = new StringBuilder("SKU,Name,Unit price,Currency\r\n");
        for (int i = 0; i < 3 * ImportService.CHUNK; i++) {
            csv.append("CXL-").append(i).append(",Cancelled ").append(i).append(",1.00,AUD\r\n");
        }
        Path big = file("cancelled.csv", csv.toString());
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        ImportProgress cancelAfterFirstChunk = new ImportProgress() {
            @Override
            public void rowsRead(int rows, double fileFraction) {
                seen.add(rows);
            }

            @Override
            public boolean cancelled() {
                return !seen.isEmpty();
            }
        };
        ImportRequest request = new ImportRequest(ImportKind.CATALOG, big, CsvOptions.DETECT, null, java.util.Map.of(), "AUD", false, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.run(request, cancelAfterFirstChunk))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(seen).containsExactly(ImportService.CHUNK);
        assertThat(products()).isEmpty();
        assertThat(imports.history(10)).isEmpty();
    }
}
