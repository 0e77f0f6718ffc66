package dev.billingone.workstation.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for what a background load shows on screen; the limit only bounds a hung test, it asserts no speed. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits for a label's text; a timeout fails with the text the label showed, which says what went wrong. */
    public static void untilText(Labeled label, Predicate<String> expected) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label.getText() != null && expected.test(label.getText()));
        } catch (TimeoutException e) {
            throw new AssertionError("#" + label.getId() + " still shows \"" + label.getText() + "\" after 60 s", e);
        }
    }

    /**
     * Clicks the node {@code query} finds once it is on a showing window. The lookup runs on the FX thread: TestFX's
     * own lookup walks the scene graph from the test thread and raced re-renders (a button just added, with no scene
     * yet, failed with a NullPointerException inside TestFX).
     */
    public static FxRobot clickOn(FxRobot robot, String query) {
        Node node = find(robot, query);
        robot.clickOn(onFx(() -> robot.point(node).query()));
        return robot;
    }

    /** Presses a button as its keyboard shortcut or a screen reader would: the action, without a mouse. */
    public static void fire(FxRobot robot, String query) {
        ButtonBase button = (ButtonBase) find(robot, query);
        onFx(() -> {
            button.fire();
            return null;
        });
    }

    /**
     * Presses a button whose action waits for an answer (a dialog's {@code showAndWait}): fired later on the FX
     * thread, so that this returns while the dialog is open.
     */
    public static void fireLater(FxRobot robot, String query) {
        ButtonBase button = (ButtonBase) find(robot, query);
        javafx.application.Platform.runLater(button::fire);
    }

    /** The node {@code query} finds once it is on a showing window (a dialog opened by an action, say). */
    @SuppressWarnings("unchecked")
    public static <T extends Node> T node(FxRobot robot, String query) {
        return (T) find(robot, query);
    }

    /** Fills a field as pasting would. */
    public static void enter(FxRobot robot, String query, String text) {
        TextInputControl field = (TextInputControl) find(robot, query);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    private static Node find(FxRobot robot, String query) {
        AtomicReference<Node> found = new AtomicReference<>();
        until(() -> {
            found.set(onFx(() -> robot.lookup(query).match(FxWait::onShowingWindow).tryQuery().orElse(null)));
            return found.get() != null;
        });
        return found.get();
    }

    private static boolean onShowingWindow(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    public static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
