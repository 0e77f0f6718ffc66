package dev.billingone.workstation.ui.common;

import dev.billingone.workstation.core.BillingOneException;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One place that turns a failure into a dialog: our typed errors show their sentence; anything else is logged. */
public final class ErrorDialogs {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    public static void show(Window owner, Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof BillingOneException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        if (cause instanceof BillingOneException known) {
            alert.setHeaderText(known.getMessage());
            LOG.warn("Shown to the user: {}", known.getMessage());
        } else {
            LOG.error("Unexpected failure", failure);
            alert.setHeaderText("Something went wrong: " + failure.getMessage());
            alert.setContentText("The details are in the log file (Help → About shows where).");
        }
        alert.show();
    }
}
