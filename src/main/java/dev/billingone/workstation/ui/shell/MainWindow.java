package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.notify.NewsCheck;
import dev.billingone.workstation.organization.OrganisationOverview;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: sidebar of sections, the current screen, menus and a status bar. It appears at once; the
 * database opens in the background, and an empty database offers the demo organisation.
 */
public final class MainWindow implements ViewContext {
    public static final String TITLE = "BillingOne Workstation";

    private final Stage stage;
    private final Workstation workstation;
    private final Background background;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Sidebar sidebar = new Sidebar();
    private final Map<Section, SectionView> views = new EnumMap<>(Section.class);
    private final StatusBar statusBar;
    private final UiScale uiScale;
    private final WindowHooks hooks;
    private boolean ready;
    private Section pendingSection = Section.DASHBOARD;
    private Map<String, String> pendingParameters = Map.of();
    private Section currentSection = Section.DASHBOARD;
    private Map<String, String> currentParameters = Map.of();

    public MainWindow(Stage stage, Workstation workstation) {
        this(stage, workstation, WindowHooks.none());
    }

    public MainWindow(Stage stage, Workstation workstation, WindowHooks hooks) {
        this.stage = stage;
        this.workstation = workstation;
        this.hooks = hooks;
        this.background = new Background(failure -> ErrorDialogs.show(stage, failure));
        this.statusBar = new StatusBar(workstation, background);
        this.uiScale = new UiScale(workstation, root);
        build();
    }

    private void build() {
        sidebar.onChosen(section -> {
            if (ready) {
                display(section, Map.of());
            }
        });
        content.setPadding(new Insets(16));
        content.getChildren().setAll(new Label("Opening the database…"));
        root.setTop(new MainMenu(this, uiScale).build());
        root.setLeft(sidebar.node());
        root.setCenter(content);
        root.setBottom(statusBar.node());
        Scene scene = new Scene(root);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        WindowPrefs.restore(stage, workstation);
        stage.setOnHiding(e -> {
            WindowPrefs.save(stage, workstation);
            statusBar.dispose();
            background.shutdown();
        });
        uiScale.apply();
    }

    /** Opens the database off the UI thread, then shows the dashboard (or the welcome screen when empty). */
    public void start() {
        background.run("Opening the database…", () -> {
            workstation.store();
            return OrganisationOverview.read(workstation.store(), LocalDate.now());
        }, this::opened);
    }

    private void opened(OrganisationOverview overview) {
        statusBar.refresh();
        if (overview.isEmpty()) {
            content.getChildren().setAll(new WelcomeView(this).node());
            return;
        }
        stage.setTitle(TITLE + " \u2014 " + overview.organisation());
        ready = true;
        navigate(pendingSection, pendingParameters);
    }

    /** After the demo organisation (or an import) fills an empty database. */
    void organisationLoaded() {
        views.clear();
        start();
    }

    @Override
    public void navigate(Section section, Map<String, String> parameters) {
        if (!ready) {
            return;
        }
        sidebar.mark(section);
        display(section, parameters);
    }

    /** Navigates now, or once the database is open when a link starts the app (or arrives while it opens). */
    public void navigateWhenReady(Section section, Map<String, String> parameters) {
        if (ready) {
            navigate(section, parameters);
        } else {
            pendingSection = section;
            pendingParameters = parameters;
            sidebar.mark(section); // where the window is heading, while the database opens
        }
    }

    /** Brings the window to the front (a link opened from mail, a notification clicked). */
    public void raise() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The web app's page for what is on screen, for View → Open in web. */
    String webUrl() {
        return Route.of(currentSection, currentParameters).webUrl(workstation.settings().get("web.baseUrl"));
    }

    WindowHooks hooks() {
        return hooks;
    }

    private void display(Section section, Map<String, String> parameters) {
        currentSection = section;
        currentParameters = parameters;
        SectionView view = views.computeIfAbsent(section, s -> SectionViews.create(s, this));
        content.getChildren().setAll(view.node());
        view.show(parameters);
    }

    @Override
    public Workstation workstation() {
        return workstation;
    }

    @Override
    public Background background() {
        return background;
    }

    @Override
    public void dataChanged() {
        statusBar.refresh();
    }

    @Override
    public NewsCheck news() {
        return hooks::checkNews;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isReady() {
        return ready;
    }

}
