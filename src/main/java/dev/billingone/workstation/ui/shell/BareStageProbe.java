package dev.billingone.workstation.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of {@code bench startup}: the least a JavaFX window can be, started exactly like the app (a main
 * class that is not an Application, on the class path).
 */
public final class BareStageProbe {
    private BareStageProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Bare.class, args);
    }

    /** The bare window itself. */
    public static final class Bare extends Application {
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
}
