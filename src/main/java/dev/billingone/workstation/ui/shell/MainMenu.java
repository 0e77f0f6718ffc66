package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.cli.LogSetup;
import dev.billingone.workstation.app.cli.VersionProvider;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** Menus with keyboard accelerators: every section is one shortcut away (Ctrl+1…9, then Ctrl+Shift+1…). */
final class MainMenu {
    private static final double[] SCALES = {0.9, 1.0, 1.15, 1.3, 1.5, 1.75};

    private final MainWindow window;
    private final UiScale uiScale;

    MainMenu(MainWindow window, UiScale uiScale) {
        this.window = window;
        this.uiScale = uiScale;
    }

    MenuBar build() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            window.stage().close();
            Platform.exit();
        });
        Menu file = new Menu("File", null, quit);

        Menu go = new Menu("Go");
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            Section section = sections[i];
            MenuItem item = new MenuItem(section.title());
            int key = i % 9 + 1;
            item.setAccelerator(KeyCombination.keyCombination((i < 9 ? "Shortcut+" : "Shortcut+Shift+") + key));
            item.setOnAction(e -> window.navigate(section));
            go.getItems().add(item);
        }

        Menu textSize = new Menu("Text size");
        ToggleGroup group = new ToggleGroup();
        for (double scale : SCALES) {
            RadioMenuItem item = new RadioMenuItem(Math.round(scale * 100) + "%");
            item.setToggleGroup(group);
            item.setSelected(Math.abs(scale - uiScale.current()) < 0.01);
            item.setOnAction(e -> uiScale.set(scale));
            textSize.getItems().add(item);
        }
        MenuItem refresh = new MenuItem("Refresh status");
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(e -> window.dataChanged());
        Menu view = new Menu("View", null, textSize, new SeparatorMenuItem(), refresh);

        MenuItem about = new MenuItem("About BillingOne Workstation");
        about.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(window.stage());
            alert.setHeaderText("BillingOne Workstation " + VersionProvider.version());
            alert.setContentText("Database: " + window.workstation().target().describe() + "\nData folder: "
                    + window.workstation().dataDir().path() + "\nLog: " + LogSetup.logFile());
            alert.show();
        });
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, go, view, help);
        bar.setId("main-menu");
        return bar;
    }
}
