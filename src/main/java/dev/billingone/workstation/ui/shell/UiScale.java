package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import java.math.BigDecimal;
import javafx.scene.Parent;

/**
 * The UI-scale setting (View → Text size): scales the root font, which every control and the AtlantaFX
 * theme size from — on top of the OS HiDPI scale JavaFX already applies.
 */
final class UiScale {
    static final String KEY = "ui.scale";
    private static final double BASE_FONT_PX = 13;

    private final Workstation workstation;
    private final Parent root;
    private double scale;

    UiScale(Workstation workstation, Parent root) {
        this.workstation = workstation;
        this.root = root;
        this.scale = parse(workstation.settings().get(KEY, "1.0"));
    }

    private static double parse(String value) {
        try {
            double parsed = new BigDecimal(value.trim()).doubleValue();
            return parsed >= 0.75 && parsed <= 2.5 ? parsed : 1.0;
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    void apply() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
    }

    void set(double newScale) {
        scale = newScale;
        apply();
        workstation.dataDir().saveSetting(KEY, String.valueOf(newScale));
    }

    double current() {
        return scale;
    }
}
