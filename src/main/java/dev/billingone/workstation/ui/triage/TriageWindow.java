package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.shell.Section;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "BillingOne Triage": a compact, keyboard-first window (Ctrl+1…4 tabs, Ctrl+F client, Ctrl+E export, Ctrl+Shift+C
 * copy, F5 reload, Ctrl+T on top). It reads the same database as the main window and reloads whenever it gets the
 * focus, so a change made in the other window shows here.
 */
public final class TriageWindow {
    public static final String TITLE = "BillingOne Triage";
    private static final Logger LOG = LoggerFactory.getLogger(TriageWindow.class);

    private final Stage stage;
    private final TriageContext context;
    private final Consumer<String> browser;
    private final TabPane tabs = new TabPane();
    private final HomePane home;
    private final MissedBillingPane missed;
    private final DraftsPane drafts;
    private final ClientScopePane client;
    private final List<TriagePane> panes;
    private final Label scopeLabel = new Label();
    private final Button clearScope = new Button("×");
    private final Label message = new Label();
    private final OutboxPanel outbox;
    private OptionalLong scope = OptionalLong.empty();

    public TriageWindow(Stage stage, Workstation workstation, Clock clock, Consumer<Route> router, Consumer<String> browser,
                        Runnable notificationSettings) {
        this.stage = stage;
        this.browser = browser;
        Background background = new Background(this::showError);
        this.context = new TriageContext(workstation, background, clock, router, this::refresh);
        this.home = new HomePane(context, () -> select(1), () -> select(2));
        this.missed = new MissedBillingPane(context, message::setText);
        this.drafts = new DraftsPane(context, message::setText);
        this.client = new ClientScopePane(context, this::scopeTo);
        this.outbox = new OutboxPanel(context, message::setText);
        this.panes = List.of(home, missed, drafts, client);
        for (TriagePane pane : panes) {
            Tab tab = new Tab(pane.title(), pane.node());
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        BorderPane root = new BorderPane(tabs);
        root.setTop(header(notificationSettings));
        root.setBottom(footer());
        Scene scene = new Scene(root, 420, 720);
        shortcuts(scene);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that held another window keeps its size otherwise
        stage.setMinWidth(340);
        stage.setMinHeight(420);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                refresh();
            }
        });
        stage.setOnHidden(e -> {
            outbox.stop();
            background.shutdown();
        });
    }

    private HBox header(Runnable notificationSettings) {
        Button notifications = new Button("Notifications…");
        notifications.setId("notificationSettings");
        notifications.setOnAction(e -> notificationSettings.run());
        scopeLabel.setId("scope");
        clearScope.setId("clearScope");
        clearScope.setOnAction(e -> clearScope());
        clearScope.visibleProperty().bind(scopeLabel.textProperty().isNotEmpty());
        ToggleButton pin = new ToggleButton("On top");
        pin.setId("pin");
        pin.selectedProperty().addListener((obs, was, on) -> stage.setAlwaysOnTop(on));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, scopeLabel, clearScope, spacer, notifications, pin);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 0, 8));
        return header;
    }

    private VBox footer() {
        Button export = new Button("Export CSV…");
        export.setId("exportCsv");
        export.setOnAction(e -> chooseExportFile());
        Button copy = new Button("Copy CSV");
        copy.setId("copyCsv");
        copy.setOnAction(e -> copyToClipboard());
        Button web = new Button("Open in web");
        web.setId("openInWeb");
        web.setOnAction(e -> browser.accept(current().route().webUrl(context.workstation().settings().get("web.baseUrl"))));
        message.setId("message");
        message.setWrapText(true);
        HBox buttons = new HBox(6, export, copy, web);
        VBox footer = new VBox(4, buttons, message, outbox.node());
        footer.setPadding(new Insets(6, 8, 8, 8));
        return footer;
    }

    private void shortcuts(Scene scene) {
        for (int i = 0; i < panes.size(); i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> select(index));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            select(panes.indexOf(client));
            client.search().requestFocus();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::chooseExportFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::copyToClipboard);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                () -> stage.setAlwaysOnTop(!stage.isAlwaysOnTop()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        outbox.start();
        refresh();
    }

    /** Brings the window to the front, e.g. when {@code triage} runs again or a notification is clicked. */
    public void raise() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Shows a route here if the triage window has it (missed billing, drafts, a client, the dashboard as home);
     * false when it belongs to the main window.
     */
    public boolean show(Route route) {
        if (route.window() == Route.Window.TRIAGE || route.section() == Section.DASHBOARD) {
            select(0);
        } else if (route.section() == Section.MISSED_BILLING) {
            select(1);
        } else if (route.section() == Section.GENERATED_INVOICES && "draft".equals(route.parameters().get("status"))) {
            select(2);
        } else if (route.section() == Section.CLIENTS && route.parameters().containsKey(Route.ID)) {
            select(3);
            client.pick(Long.parseLong(route.parameters().get(Route.ID)));
        } else {
            return false;
        }
        raise();
        return true;
    }

    /** Reloads every tab and the footer from the database. */
    public void refresh() {
        panes.forEach(pane -> pane.reload(scope));
        outbox.refresh();
    }

    private void select(int index) {
        tabs.getSelectionModel().select(index);
    }

    private TriagePane current() {
        return panes.get(tabs.getSelectionModel().getSelectedIndex());
    }

    private void scopeTo(OptionalLong clientId) {
        scope = clientId;
        scopeLabel.setText(clientId.isPresent() ? "Client: " + client.search().getText() : "");
        panes.stream().filter(pane -> pane != client).forEach(pane -> pane.reload(scope));
    }

    private void clearScope() {
        client.clear();
        scopeTo(OptionalLong.empty());
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + current().title() + " as CSV");
        chooser.setInitialFileName(current().title().toLowerCase().replace(' ', '-') + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the current tab's list to {@code file} off the UI thread. */
    public void exportTo(Path file) {
        var table = current().csv();
        context.background().run("Exporting CSV", () -> {
            table.writeTo(file);
            return table.rows().size();
        }, rows -> message.setText("Exported " + rows + (rows == 1 ? " row" : " rows") + " to " + file + "."));
    }

    private void copyToClipboard() {
        var table = current().csv();
        ClipboardContent content = new ClipboardContent();
        content.putString(table.asText());
        Clipboard.getSystemClipboard().setContent(content);
        message.setText("Copied " + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows")
                + " as CSV: paste into an e-mail or a spreadsheet.");
    }

    private void showError(Throwable failure) {
        if (failure instanceof BillingOneException known) {
            message.setText(known.getMessage());
        } else if (failure instanceof IOException io) {
            message.setText("Could not write the file: " + io.getMessage());
        } else {
            LOG.error("Triage window task failed", failure);
            message.setText("Something went wrong (" + failure + "); details are in the log.");
        }
    }
}
