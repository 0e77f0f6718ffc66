package dev.billingone.workstation.ui.dashboard;

import dev.billingone.workstation.organization.OrganisationOverview;
import dev.billingone.workstation.ui.common.Formats;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The organisation at a glance: real counts from the database, each tile opening its list. */
public final class DashboardView implements SectionView {
    private final ViewContext context;
    private final Label heading = new Label("Dashboard");
    private final FlowPane tiles = new FlowPane(14, 14);
    private final VBox root;

    public DashboardView(ViewContext context) {
        this.context = context;
        heading.getStyleClass().add("title-2");
        tiles.setId("dashboard-tiles");
        root = new VBox(16, heading, tiles);
        root.setPadding(new Insets(4));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        context.background().run("Counting…", () -> OrganisationOverview.read(context.workstation().store(), LocalDate.now()),
                this::display);
    }

    private void display(OrganisationOverview o) {
        heading.setText(o.organisation());
        tiles.getChildren().setAll(
                tile("Clients", String.valueOf(o.clients()), "active clients", Section.CLIENTS),
                tile("Subscriptions", String.valueOf(o.activeSubscriptions()), "active Pax8 subscriptions", Section.SUBSCRIPTIONS),
                tile("Contracts", String.valueOf(o.activeContracts()), o.renewalsDue30Days() + " renew in the next 30 days", Section.CONTRACTS),
                tile("Outstanding", Formats.money(o.outstandingAmount(), o.currency()), o.invoicesOutstanding() + " unpaid invoices", Section.INVOICES),
                tile("Unmapped", String.valueOf(o.unmappedAccounts() + o.unmappedProducts()),
                        o.unmappedAccounts() + " companies/contacts, " + o.unmappedProducts() + " products", Section.MAPPING));
    }

    private VBox tile(String title, String value, String detail, Section opens) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("text-muted");
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("title-2");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("text-small");
        VBox tile = new VBox(4, titleLabel, valueLabel, detailLabel);
        tile.setId("tile-" + opens.path());
        tile.setPadding(new Insets(14));
        tile.setPrefWidth(240);
        tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; -fx-border-color: -color-border-default; "
                + "-fx-border-radius: 8; -fx-cursor: hand;");
        tile.setOnMouseClicked(e -> context.navigate(opens));
        return tile;
    }
}
