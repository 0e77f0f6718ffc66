package dev.billingone.workstation.ui.notify;

import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.notify.Delivery;
import dev.billingone.workstation.notify.NotificationEvent;
import dev.billingone.workstation.notify.NotificationSettings;
import dev.billingone.workstation.ui.common.Background;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/** The matrix event × in-app / tray / none, and the missed-billing threshold; saved to billingone.properties. */
public final class NotificationSettingsPane {
    private final GridPane grid = new GridPane();
    private final Map<NotificationEvent, ToggleGroup> choices = new EnumMap<>(NotificationEvent.class);
    private final TextField threshold = new TextField();
    private final Label message = new Label();
    private final Background background;

    public NotificationSettingsPane(NotificationSettings current, DataDir dataDir, Background background,
                                    Consumer<NotificationSettings> onSaved) {
        this.background = background;
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Delivery[] deliveries = Delivery.values();
        for (int column = 0; column < deliveries.length; column++) {
            grid.add(new Label(label(deliveries[column])), column + 1, 0);
        }
        int row = 1;
        for (NotificationEvent event : NotificationEvent.values()) {
            grid.add(new Label(event.title()), 0, row);
            ToggleGroup group = new ToggleGroup();
            for (int column = 0; column < deliveries.length; column++) {
                RadioButton radio = new RadioButton();
                radio.setId("notify-" + event.key() + "-" + deliveries[column].value());
                radio.setUserData(deliveries[column]);
                radio.setToggleGroup(group);
                radio.setSelected(current.deliveryOf(event) == deliveries[column]);
                grid.add(radio, column + 1, row);
            }
            choices.put(event, group);
            row++;
        }
        threshold.setId("notifyThreshold");
        threshold.setText(current.missedBillingThreshold().toPlainString());
        grid.add(new Label("Missed billing above"), 0, row);
        grid.add(threshold, 1, row, deliveries.length, 1);
        row++;
        if (!TrayNotifier.available()) {
            Label noTray = new Label("This desktop has no system tray: tray notifications show in the app.");
            noTray.setWrapText(true);
            grid.add(noTray, 0, row++, deliveries.length + 1, 1);
        }
        Button save = new Button("Save");
        save.setId("notifySave");
        save.setDefaultButton(true);
        save.setOnAction(e -> save(dataDir, onSaved));
        message.setId("notifyMessage");
        message.setWrapText(true);
        grid.add(save, 0, row);
        grid.add(message, 0, row + 1, deliveries.length + 1, 1);
    }

    private static String label(Delivery delivery) {
        return switch (delivery) {
            case IN_APP -> "In app";
            case TRAY -> "Tray";
            case NONE -> "None";
        };
    }

    public Parent node() {
        return grid;
    }

    private void save(DataDir dataDir, Consumer<NotificationSettings> onSaved) {
        try {
            Map<NotificationEvent, Delivery> chosen = new EnumMap<>(NotificationEvent.class);
            choices.forEach((event, group) -> chosen.put(event, (Delivery) group.getSelectedToggle().getUserData()));
            NotificationSettings settings = new NotificationSettings(chosen, amount(threshold.getText()));
            background.run("Saving notification settings", () -> {
                settings.save(dataDir);
                return settings;
            }, saved -> {
                onSaved.accept(saved);
                message.setText("Saved.");
            });
        } catch (InvalidInputException e) {
            message.setText(e.getMessage());
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + text + "' is not an amount: type a number such as 250.00.");
        }
    }
}
