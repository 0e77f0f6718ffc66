package dev.billingone.workstation.app.deeplink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Routes that arrive (from another process, a notification, the command line) before the window that shows
 * them exists wait here, in order, and are delivered once a window {@link #attach}es.
 */
public final class RouteInbox {
    private final List<Route> pending = new ArrayList<>();
    private Consumer<Route> receiver;

    public void deliver(Route route) {
        Consumer<Route> target;
        synchronized (this) {
            if (receiver == null) {
                pending.add(route);
                return;
            }
            target = receiver;
        }
        target.accept(route);
    }

    public void attach(Consumer<Route> newReceiver) {
        List<Route> waiting;
        synchronized (this) {
            receiver = newReceiver;
            waiting = List.copyOf(pending);
            pending.clear();
        }
        waiting.forEach(newReceiver);
    }
}
