package dev.billingone.workstation.ui.notify;

import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.notify.NotificationSettings;
import dev.billingone.workstation.ui.common.Background;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The settings matrix in a small window of its own, for windows without a settings screen (the triage window). */
public final class NotificationsDialog {
    private NotificationsDialog() {
    }

    public static void show(Window owner, NotificationSettings current, DataDir dataDir, Background background,
                            Consumer<NotificationSettings> onSaved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Notifications");
        stage.setScene(new Scene(new NotificationSettingsPane(current, dataDir, background, onSaved).node()));
        stage.show();
    }
}
