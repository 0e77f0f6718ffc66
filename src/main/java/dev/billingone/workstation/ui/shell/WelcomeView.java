package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.demo.DemoOrganisation;
import java.time.YearMonth;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** First start on an empty database: load the demo organisation (or import your own data, once that exists). */
final class WelcomeView {
    private final VBox root;

    WelcomeView(MainWindow window) {
        Label title = new Label("Welcome to BillingOne Workstation");
        title.getStyleClass().add("title-1");
        Label text = new Label("This database is empty. Load a demo organisation — an Australian MSP with 200 clients, "
                + "Pax8 subscriptions, contracts and three months of Xero invoices — to look around.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button load = new Button("Load demo organisation");
        load.setId("load-demo");
        load.setDefaultButton(true);
        load.setOnAction(e -> {
            load.setDisable(true);
            window.background().run("Creating the demo organisation…",
                    () -> DemoOrganisation.create(window.workstation().store(),
                            new DemoOrganisation.Options(200, 42, Period.of(YearMonth.now()), false)),
                    summary -> window.organisationLoaded());
        });
        root = new VBox(18, title, text, load);
        root.setAlignment(Pos.CENTER);
    }

    Node node() {
        return root;
    }
}
