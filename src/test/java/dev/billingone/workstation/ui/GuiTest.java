package dev.billingone.workstation.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test class. All GUI classes share one JVM (and one headless screen): every window an earlier class left
 * showing would sit over this class's windows and take its robot clicks, so windows are closed before and after.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({GuiTest.CleanScreen.class, ApplicationExtension.class})
public @interface GuiTest {

    /** Hides every window (which also stops a main window's background work) and releases held keys and buttons. */
    final class CleanScreen implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            clean();
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            clean();
        }

        private static void clean() throws Exception {
            javafx.stage.Stage primary = org.testfx.api.FxToolkit.registerPrimaryStage();
            org.testfx.api.FxToolkit.cleanupStages();
            // Every class shows its windows on the one primary stage: a window class's close handlers (a main window
            // saving its size to a data folder since deleted) must not fire when a later class hides that stage.
            org.testfx.api.FxToolkit.setupFixture(() -> {
                primary.setOnHiding(null);
                primary.setOnHidden(null);
                primary.setOnCloseRequest(null);
            });
            org.testfx.api.FxToolkit.cleanupInput(new org.testfx.api.FxRobot());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
