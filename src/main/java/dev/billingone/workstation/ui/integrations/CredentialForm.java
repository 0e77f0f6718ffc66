package dev.billingone.workstation.ui.integrations;

import dev.billingone.workstation.auth.ConnectionSummary;
import dev.billingone.workstation.ui.common.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small form for client-credential and API-key systems: the fields, a Connect button that validates live
 * (off the UI thread), and the failure explained under the fields. Nothing is stored unless the check passes.
 */
final class CredentialForm {
    /** One input: its label, whether it is a secret (masked), and a hint. */
    record Field(String id, String label, boolean secret, String prompt) {
    }

    private final Stage stage = new Stage();
    private final List<TextField> inputs = new ArrayList<>();
    private final Label message = new Label();
    private final Button connect = new Button("Connect");
    private final Background background = new Background(this::showFailure);

    CredentialForm(Window owner, String title, String explanation, List<Field> fields,
                   Function<List<String>, ConnectionSummary> validateAndSave, Consumer<ConnectionSummary> onConnected) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        Label intro = new Label(explanation);
        intro.setWrapText(true);
        intro.setMaxWidth(460);
        grid.add(intro, 0, 0, 2, 1);
        int row = 1;
        for (Field field : fields) {
            TextField input = field.secret() ? new PasswordField() : new TextField();
            input.setId(field.id());
            input.setPromptText(field.prompt());
            input.setPrefColumnCount(28);
            inputs.add(input);
            grid.add(new Label(field.label()), 0, row);
            grid.add(input, 1, row++);
        }
        message.setId("credentialMessage");
        message.setWrapText(true);
        message.setMaxWidth(460);
        grid.add(message, 0, row++, 2, 1);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        connect.setId("credentialConnect");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> {
            List<String> values = inputs.stream().map(TextField::getText).toList();
            connect.setDisable(true);
            message.setText("Checking with the provider…");
            background.run("Checking credentials", () -> validateAndSave.apply(values), summary -> {
                stage.close();
                onConnected.accept(summary);
            });
        });
        grid.add(new HBox(8, connect, cancel), 1, row);
        stage.setScene(new Scene(grid));
        stage.setOnHidden(e -> background.shutdown());
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void showFailure(Throwable failure) {
        connect.setDisable(false);
        message.setText(failure.getMessage());
    }
}
