package dev.billingone.workstation.ui.integrations;

import dev.billingone.workstation.auth.ConnectionSummary;
import dev.billingone.workstation.auth.LoopbackReceiver;
import dev.billingone.workstation.auth.OAuthSession;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.ui.common.Background;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The modal sign-in window for Xero and QBO: the provider's page in an embedded browser. The redirect to our
 * redirect URI is caught from the browser's location (it is never loaded, so an https redirect URI works
 * too); "Use my web browser" switches to the system browser with a loopback listener. All checking and
 * storing is done by {@link OAuthSession}; this class only shows pages and messages.
 */
public final class OAuthBrowserDialog {
    private final OAuthSession session;
    private final Background background;
    private final Function<List<Tenant>, Optional<Tenant>> tenantChooser;
    private final Consumer<String> systemBrowser;
    private final Consumer<ConnectionSummary> onConnected;
    private final Stage stage = new Stage();
    private final WebView webView = new WebView();
    private final Label message = new Label();
    private LoopbackReceiver loopback;
    private boolean finishing;

    public OAuthBrowserDialog(Window owner, OAuthSession session,
                              Function<List<Tenant>, Optional<Tenant>> tenantChooser, Consumer<String> systemBrowser,
                              Consumer<ConnectionSummary> onConnected) {
        this.session = session;
        // Its own runner, so that failures show in this window rather than in a general error dialog.
        this.background = new Background(this::showFailure);
        this.tenantChooser = tenantChooser;
        this.systemBrowser = systemBrowser;
        this.onConnected = onConnected;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Connect " + session.system().displayName());
        stage.setScene(new Scene(layout(), 900, 720));
        stage.setOnHidden(e -> {
            stopLoopback();
            background.shutdown();
        });
        webView.getEngine().locationProperty().addListener((obs, old, location) -> onLocation(location));
    }

    private BorderPane layout() {
        Button systemBrowserButton = new Button("Use my web browser");
        systemBrowserButton.setId("useSystemBrowser");
        systemBrowserButton.setOnAction(e -> useSystemBrowser());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelConnect");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        message.setId("connectMessage");
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, message, spacer, systemBrowserButton, cancel);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(webView);
        root.setBottom(bar);
        return root;
    }

    public void show() {
        message.setText("Sign in to " + session.system().displayName() + " and allow BillingOne access.");
        webView.getEngine().load(session.authorizationUrl());
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public WebEngine engine() {
        return webView.getEngine();
    }

    private void onLocation(String location) {
        if (finishing || !session.isRedirect(location)) {
            return;
        }
        // Our redirect URI: the code is in the location; the page itself must not load (it may not exist).
        Platform.runLater(() -> {
            webView.getEngine().getLoadWorker().cancel();
            webView.getEngine().loadContent("<html><body style='font-family:sans-serif'><p>Connecting…</p></body></html>");
        });
        finish(location);
    }

    private void useSystemBrowser() {
        if (loopback != null) {
            return;
        }
        try {
            loopback = LoopbackReceiver.listen(session.request().redirectUri());
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
            return;
        }
        webView.getEngine().loadContent("<html><body style='font-family:sans-serif'><h3>Continue in your web browser</h3>"
                + "<p>Sign in there; this window closes by itself when you are done.</p></body></html>");
        message.setText("Waiting for the sign-in in your web browser…");
        systemBrowser.accept(session.authorizationUrl());
        LoopbackReceiver receiver = loopback;
        background.run("Waiting for the browser sign-in", () -> Optional.ofNullable(receiver.await(15, TimeUnit.MINUTES)),
                location -> location.ifPresentOrElse(this::finish, () -> {
                    if (stage.isShowing()) {
                        message.setText("No sign-in arrived; nothing was changed. Try again.");
                    }
                }));
    }

    private void finish(String location) {
        finishing = true;
        message.setText("Checking the sign-in with " + session.system().displayName() + "…");
        background.run("Connecting " + session.system().displayName(), () -> session.finish(location), authorized -> {
            if (authorized.isEmpty()) {
                finishing = false;
                return;
            }
            Optional<Tenant> tenant = authorized.get().needsChoice()
                    ? tenantChooser.apply(authorized.get().tenants())
                    : Optional.of(authorized.get().tenants().get(0));
            if (tenant.isEmpty() || !stage.isShowing()) {
                stage.close();
                return;
            }
            background.run("Saving the connection", () -> session.save(authorized.get(), tenant.get()), summary -> {
                stage.close();
                onConnected.accept(summary);
            });
        });
    }

    /** Shows a failure from the background work in the dialog, in the words of the exception. */
    public void showFailure(Throwable failure) {
        finishing = false;
        message.setText(failure.getMessage());
        webView.getEngine().loadContent("<html><body style='font-family:sans-serif'><h3>Not connected</h3><p>"
                + escape(failure.getMessage()) + "</p></body></html>");
    }

    private void stopLoopback() {
        if (loopback != null) {
            loopback.cancel();
            loopback.close();
            loopback = null;
        }
    }

    private static String escape(String text) {
        return String.valueOf(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
