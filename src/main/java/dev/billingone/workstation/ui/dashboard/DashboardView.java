package dev.billingone.workstation.ui.dashboard;

import dev.billingone.workstation.dashboard.AgingBucket;
import dev.billingone.workstation.dashboard.AttentionTile;
import dev.billingone.workstation.dashboard.Dashboard;
import dev.billingone.workstation.dashboard.DashboardSnapshot;
import dev.billingone.workstation.ui.common.Formats;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What needs attention (each tile opens its filtered list) and the receivables snapshot: outstanding total,
 * aging as a chart, and the clients most overdue. The numbers come from {@link Dashboard}; this only draws them.
 */
public final class DashboardView implements SectionView {
    private final ViewContext context;
    private final Label heading = new Label("Dashboard");
    private final FlowPane tiles = new FlowPane(14, 14);
    private final Label outstanding = new Label();
    private final BarChart<String, Number> aging = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<DashboardSnapshot.OverdueClient> overdue = new TableView<>();
    private final ScrollPane root;

    public DashboardView(ViewContext context) {
        this.context = context;
        heading.getStyleClass().add("title-2");
        tiles.setId("dashboard-tiles");
        outstanding.getStyleClass().add("title-3");
        outstanding.setId("dashboard-outstanding");
        aging.setId("dashboard-aging");
        aging.setLegendVisible(false);
        aging.setAnimated(false);
        aging.setTitle("Receivables by age (days past due)");
        aging.setPrefHeight(280);
        overdue.setId("dashboard-overdue");
        overdue.setPrefHeight(220);
        overdue.getColumns().setAll(List.of(
                Tables.text("Top overdue clients", 240, DashboardSnapshot.OverdueClient::name),
                Tables.money("Overdue", 120, DashboardSnapshot.OverdueClient::overdue, o -> null),
                Tables.number("Invoices", 80, o -> (long) o.invoices()),
                Tables.number("Oldest (days)", 100, DashboardSnapshot.OverdueClient::oldestDays)));
        overdue.setRowFactory(t -> {
            javafx.scene.control.TableRow<DashboardSnapshot.OverdueClient> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().clientId() != null) {
                    context.navigate(Section.CLIENTS, Map.of("id", String.valueOf(row.getItem().clientId())));
                }
            });
            return row;
        });
        HBox.setHgrow(aging, Priority.ALWAYS);
        HBox receivables = new HBox(16, aging, overdue);
        VBox content = new VBox(16, heading, tiles, outstanding, receivables);
        content.setPadding(new Insets(4));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        context.background().run("Counting…", () -> new Dashboard(context.workstation().store()).snapshot(LocalDate.now()), this::display);
    }

    private void display(DashboardSnapshot snapshot) {
        heading.setText(snapshot.organisation());
        tiles.getChildren().setAll(snapshot.tiles().stream().map(t -> tile(t, snapshot.currency())).toList());
        outstanding.setText("Outstanding " + Formats.money(snapshot.outstanding(), snapshot.currency()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            series.getData().add(new XYChart.Data<>(bucket.label(), snapshot.aging().get(bucket)));
        }
        aging.getData().setAll(List.of(series));
        overdue.setItems(FXCollections.observableArrayList(snapshot.topOverdue()));
    }

    private VBox tile(AttentionTile t, String currency) {
        Label title = new Label(t.title());
        title.getStyleClass().add("text-muted");
        Label count = new Label(String.valueOf(t.count()));
        count.getStyleClass().add("title-2");
        Label detail = new Label(t.amount() == null ? t.detail() : Formats.money(t.amount(), currency) + " · " + t.detail());
        detail.getStyleClass().add("text-small");
        VBox tile = new VBox(4, title, count, detail);
        tile.setId("tile-" + t.path());
        tile.setPadding(new Insets(14));
        tile.setPrefWidth(240);
        tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; -fx-border-color: -color-border-default; "
                + "-fx-border-radius: 8; -fx-cursor: hand;");
        Arrays.stream(Section.values()).filter(s -> s.path().equals(t.path())).findFirst()
                .ifPresent(section -> tile.setOnMouseClicked(e -> context.navigate(section, t.parameters())));
        return tile;
    }
}
