package dev.billingone.workstation.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline of {@code bench startup}: the least a JavaFX window can be, timed exactly like the app. */
public final class BareStageProbe extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 1400, 880));
        stage.setOnShown(e -> {
            System.out.println("window-shown-ms=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
            Runtime.getRuntime().halt(0);
        });
        stage.show();
    }
}
