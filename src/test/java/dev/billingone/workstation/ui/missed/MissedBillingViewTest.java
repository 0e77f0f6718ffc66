package dev.billingone.workstation.ui.missed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.MissedBillingEntry;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The queue on a real H2 file: select every item, bulk apply, and the clients' drafts carry the lines. */
@ExtendWith(ApplicationExtension.class)
class MissedBillingViewTest {
    static final Period NOVEMBER = Period.of(2026, 11);
    private static Workstation workstation;
    private static long acme;
    private final AtomicInteger changes = new AtomicInteger();
    private MissedBillingView view;

    @BeforeAll
    static void queue() throws Exception {
        Path dir = Files.createTempDirectory("billingone-missed-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        workstation.store().write(session -> {
            Organization org = new Organization();
            org.setName("Acme IT");
            org.setSlug("acme");
            org.setBaseCurrency("AUD");
            session.persist(org);
            product(session, "M365-BP", "20.00");
            product(session, "BACKUP", "12.50");
            Client a = client(session, "Acme Dental");
            subscription(session, a, "M365-BP", "4");
            subscription(session, a, "BACKUP", "2");
            Client b = client(session, "Beta Builders");
            subscription(session, b, "M365-BP", "5");
            acme = a.getId();
        });
        new ReconciliationService(workstation.store(), new MissedBilling(workstation.store(), Clock.systemDefaultZone()))
                .reconcileAndRefresh(NOVEMBER);
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Start
    void start(Stage stage) {
        Background background = new Background(Throwable::printStackTrace);
        view = new MissedBillingView(new ViewContext() {
            @Override
            public Workstation workstation() {
                return workstation;
            }

            @Override
            public Background background() {
                return background;
            }

            @Override
            public void navigate(Section section, Map<String, String> parameters) {
            }

            @Override
            public void dataChanged() {
                changes.incrementAndGet();
            }
        });
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
        view.show(Map.of("status", "open"));
    }

    @Test
    void selectAllBulkApplyAndTheDraftsChange(FxRobot robot) throws Exception {
        TableView<MissedBillingEntry> table = robot.lookup("#missed-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(robot.lookup("#missed-apply").queryButton().isDisabled()).isTrue();

        robot.interact(() -> table.getSelectionModel().selectAll());
        assertThat(robot.lookup("#missed-apply").queryButton().isDisabled()).isFalse();
        robot.clickOn("#missed-apply");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        Label message = robot.lookup("#missed-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("Applied 3 items"));
        assertThat(message.getText()).contains("205.00");
        assertThat(changes.get()).isPositive();

        List<GeneratedInvoiceLine> lines = workstation.store().read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(lines).extracting(GeneratedInvoiceLine::getSku).containsExactlyInAnyOrder("M365-BP", "BACKUP");
        assertThat(lines).allMatch(l -> l.getSource() == LineSource.MISSED_BILLING);
        GeneratedInvoice draft = workstation.store().read(session -> DraftInvoices.openDraft(session, acme, NOVEMBER));
        assertThat(draft.getSubtotal()).isEqualByComparingTo("105.00");

        assertThat(robot.lookup("#missed-undo").queryButton().isDisabled()).isFalse();
        robot.clickOn("#missed-undo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        List<GeneratedInvoiceLine> afterUndo = workstation.store().read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(afterUndo).isEmpty();
    }

    private static Product product(Session session, String sku, String price) {
        Product product = new Product();
        product.setSku(sku);
        product.setName("Product " + sku);
        product.setUnitPrice(new BigDecimal(price));
        product.setCurrency("AUD");
        product.setBillingUnit(BillingUnit.PER_USER);
        session.persist(product);
        VendorProduct vp = new VendorProduct();
        vp.setSystem(ExternalSystem.PAX8);
        vp.setExternalId("vp-" + sku);
        vp.setName(sku);
        vp.setProductId(product.getId());
        session.persist(vp);
        return product;
    }

    private static Client client(Session session, String name) {
        Client client = new Client();
        client.setName(name);
        client.setCurrency("AUD");
        session.persist(client);
        ExternalAccount account = new ExternalAccount();
        account.setSystem(ExternalSystem.PAX8);
        account.setExternalId("pax8-" + name);
        account.setName(name);
        account.setClientId(client.getId());
        session.persist(account);
        return client;
    }

    private static void subscription(Session session, Client client, String sku, String quantity) {
        Subscription s = new Subscription();
        s.setSystem(ExternalSystem.PAX8);
        s.setExternalId("sub-" + client.getName() + sku);
        s.setCompanyExternalId("pax8-" + client.getName());
        s.setVendorProductExternalId("vp-" + sku);
        s.setQuantity(new BigDecimal(quantity));
        s.setCurrency("AUD");
        s.setBillingTerm(BillingTerm.Monthly);
        s.setStatus(SubscriptionStatus.Active);
        s.setStartDate(LocalDate.of(2025, 1, 1));
        session.persist(s);
    }
}
