package dev.billingone.workstation.ui.integrations;

import dev.billingone.workstation.auth.ConnectionService;
import dev.billingone.workstation.auth.ConnectionStatus;
import dev.billingone.workstation.auth.ConnectionSummary;
import dev.billingone.workstation.auth.CredentialSetup;
import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings → Integrations ({@code billingone://settings/integrations}): one card per system with its status,
 * who connected it and when, token expiry, last sync, and Connect/Reconnect, Disconnect, Test connection,
 * Sync now. Everything that talks to a provider runs through {@link Background}; the OAuth and credential
 * logic is in the {@code auth} package, shared with the CLI.
 */
public final class IntegrationsView implements SectionView {
    private final ViewContext context;
    private final Background background;
    private final Function<List<Tenant>, Optional<Tenant>> tenantChooser;
    private final Consumer<String> systemBrowser;
    private final ConnectionCardText text = new ConnectionCardText(ZoneId.systemDefault());
    private final VBox cards = new VBox(12);
    private final Label banner = new Label();
    private final Label vaultInfo = new Label();
    private final ScrollPane root;
    /** The last Test/Disconnect outcome per card, kept across re-renders. */
    private final Map<ExternalSystem, String> outcomes = new EnumMap<>(ExternalSystem.class);
    private Integrations integrations;
    private final Consumer<ConnectionSummary> statusListener = summary -> Platform.runLater(() -> onStatusChange(summary));

    public IntegrationsView(ViewContext context) {
        this(context, IntegrationsView::chooseTenant, SystemBrowser::open);
    }

    IntegrationsView(ViewContext context, Function<List<Tenant>, Optional<Tenant>> tenantChooser, Consumer<String> systemBrowser) {
        this.context = context;
        this.background = context.background();
        this.tenantChooser = tenantChooser;
        this.systemBrowser = systemBrowser;
        banner.setId("integrationsBanner");
        banner.setWrapText(true);
        banner.setVisible(false);
        banner.setManaged(false);
        banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-padding: 8;");
        vaultInfo.setId("vaultInfo");
        vaultInfo.setWrapText(true);
        Label title = new Label("Integrations");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        VBox content = new VBox(12, title, banner, vaultInfo, cards);
        content.setPadding(new Insets(16));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        reload();
    }

    private void reload() {
        background.run("Loading integrations", () -> {
            Integrations opened = integrations != null ? integrations : context.workstation().integrations();
            return new Loaded(opened, opened.connections().all());
        }, this::render);
    }

    private record Loaded(Integrations integrations, List<ConnectionSummary> summaries) {
    }

    private void render(Loaded loaded) {
        if (integrations == null) {
            integrations = loaded.integrations();
            integrations.connections().addListener(statusListener);
        }
        vaultInfo.setText("Secrets are stored only on this computer, encrypted (AES-256-GCM); the key is in the "
                + integrations.connections().vault().keyDescription() + ". The database only records which connections exist.");
        cards.getChildren().setAll(loaded.summaries().stream().map(this::card).toList());
    }

    private void onStatusChange(ConnectionSummary summary) {
        if (summary.status() == ConnectionStatus.NEEDS_REAUTH) {
            banner.setText(summary.system().displayName() + " needs to be connected again: " + summary.lastError());
            banner.setVisible(true);
            banner.setManaged(true);
        }
        reload();
    }

    private Node card(ConnectionSummary summary) {
        ExternalSystem system = summary.system();
        Label name = new Label(system.displayName());
        name.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        Label status = new Label(text.status(summary));
        status.setId("status-" + system.name());
        status.setStyle(switch (summary.status()) {
            case CONNECTED -> "-fx-text-fill: -color-success-fg;";
            case NEEDS_REAUTH, ERROR -> "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;";
            case NOT_CONNECTED -> "-fx-text-fill: -color-fg-muted;";
        });
        Label details = new Label(String.join("\n", text.details(summary)));
        details.setId("details-" + system.name());
        details.setWrapText(true);
        Label outcome = new Label(outcomes.getOrDefault(system, ""));
        outcome.setId("outcome-" + system.name());
        outcome.setWrapText(true);

        FlowPane actions = new FlowPane(8, 8);
        actions.getChildren().addAll(connectButtons(summary));
        boolean connected = summary.status() != ConnectionStatus.NOT_CONNECTED;
        if (connected) {
            Button disconnect = button("Disconnect", "disconnect-" + system.name(), () -> disconnect(system));
            Button test = button("Test connection", "test-" + system.name(), () -> test(system, outcome));
            test.setDisable(!summary.onThisWorkstation());
            Button sync = button("Sync now", "sync-" + system.name(),
                    () -> context.navigate(Section.SYNC, Map.of("system", system.name().toLowerCase(), "run", "true")));
            sync.setDisable(!summary.isConnected() || !summary.onThisWorkstation());
            actions.getChildren().addAll(disconnect, test, sync);
        }
        VBox card = new VBox(6, new HBox(12, name, status), details, actions, outcome);
        card.setPadding(new Insets(12));
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }

    private List<Button> connectButtons(ConnectionSummary summary) {
        ExternalSystem system = summary.system();
        String label = text.connectLabel(summary);
        CredentialSetup setup = integrations.credentials();
        Button connect = button(label, "connect-" + system.name(), switch (system) {
            case XERO -> () -> signIn(system, null);
            case QBO -> this::signInQbo;
            case PAX8 -> () -> form(system, "Pax8 client id and secret from Pax8 → Integrations → API credentials.",
                    List.of(new CredentialForm.Field("pax8ClientId", "Client id", false, ""),
                            new CredentialForm.Field("pax8ClientSecret", "Client secret", true, "")),
                    v -> setup.connectPax8(v.get(0), v.get(1)));
            case SUPEROPS -> () -> form(system, "SuperOps API token (Settings → API token) and your subdomain.",
                    List.of(new CredentialForm.Field("superopsSubdomain", "Subdomain", false, "acme for acme.superops.ai"),
                            new CredentialForm.Field("superopsToken", "API token", true, "")),
                    v -> setup.connectSuperOps(v.get(0), v.get(1)));
            case SYNERGY -> () -> form(system, "Synergy Wholesale reseller id and API key (allow this computer's IP address).",
                    List.of(new CredentialForm.Field("synergyReseller", "Reseller id", false, ""),
                            new CredentialForm.Field("synergyKey", "API key", true, "")),
                    v -> setup.connectSynergy(v.get(0), v.get(1)));
        });
        if (system != ExternalSystem.XERO) {
            return List.of(connect);
        }
        Button custom = button("Custom connection…", "custom-XERO", () -> form(system,
                "A Xero custom connection (client credentials, one organisation; AU/NZ/UK/US).",
                List.of(new CredentialForm.Field("xeroClientId", "Client id", false, ""),
                        new CredentialForm.Field("xeroClientSecret", "Client secret", true, "")),
                v -> setup.connectXeroCustom(v.get(0), v.get(1))));
        return List.of(connect, custom);
    }

    private void signIn(ExternalSystem system, String clientSecret) {
        background.run("Preparing the " + system.displayName() + " sign-in",
                () -> integrations.beginOAuth(system, null, clientSecret),
                session -> new OAuthBrowserDialog(window(), session, tenantChooser, systemBrowser, this::connected).show());
    }

    /** QBO apps have a client secret: reuse the saved one, else ask for it once. */
    private void signInQbo() {
        background.run("Preparing the QuickBooks sign-in",
                () -> integrations.connections().vault().get(ExternalSystem.QBO).map(StoredCredentials::clientSecret),
                saved -> saved.or(() -> askSecret("QuickBooks Online", "Client secret of your Intuit app"))
                        .ifPresent(secret -> signIn(ExternalSystem.QBO, secret)));
    }

    private void form(ExternalSystem system, String explanation, List<CredentialForm.Field> fields,
                      Function<List<String>, ConnectionSummary> validateAndSave) {
        new CredentialForm(window(), "Connect " + system.displayName(), explanation, fields, validateAndSave, this::connected).show();
    }

    private void connected(ConnectionSummary summary) {
        context.dataChanged();
        reload();
    }

    private void disconnect(ExternalSystem system) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Disconnect " + system.displayName()
                + "? BillingOne revokes its access and deletes the tokens on this computer.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        ConnectionService connections = integrations.connections();
        background.run("Disconnecting " + system.displayName(), () -> connections.disconnect(system), result -> {
            outcomes.put(system, result.note() == null ? system.displayName() + " is disconnected." : result.note());
            reload();
        });
    }

    private void test(ExternalSystem system, Label outcome) {
        outcome.setText("Testing…");
        background.run("Testing " + system.displayName(), () -> {
            try {
                return integrations.credentials().test(system);
            } catch (BillingOneException e) {
                return e.getMessage();
            }
        }, message -> {
            outcomes.put(system, message);
            reload();
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Optional<Tenant> chooseTenant(List<Tenant> tenants) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(tenants.get(0).name(), tenants.stream().map(Tenant::name).toList());
        dialog.setTitle("Choose the organisation");
        dialog.setHeaderText("Several organisations were shared with BillingOne. Which one does this workstation bill from?");
        return dialog.showAndWait().flatMap(name -> tenants.stream().filter(t -> t.name().equals(name)).findFirst());
    }

    private static Optional<String> askSecret(String system, String label) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Connect " + system);
        dialog.setHeaderText(label);
        PasswordField secret = new PasswordField();
        dialog.getDialogPane().setContent(secret);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !secret.getText().isBlank() ? secret.getText() : null);
        return dialog.showAndWait();
    }
}
