package dev.billingone.workstation.notify;

/**
 * "Look for news now": the app's notification center (shows what it finds in the app or the tray), or the CLI
 * (prints it). Called by {@link NotifyingSync} when a sync ends; may be called from any thread.
 */
@FunctionalInterface
public interface NewsCheck {
    NewsCheck NONE = () -> {
    };

    void checkNow();
}
