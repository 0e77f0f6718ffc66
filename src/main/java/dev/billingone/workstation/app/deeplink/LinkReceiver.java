package dev.billingone.workstation.app.deeplink;

import dev.billingone.workstation.store.Store;
import java.util.function.Supplier;

/**
 * The running instance's side of a forwarded link: parse it, check what it names exists, and queue it for the
 * window. A failure goes back to the process that sent it, whose {@code open} prints it and exits non-zero.
 */
public final class LinkReceiver implements SingleInstance.LinkHandler {
    private final Supplier<Store> store;
    private final DeepLinkParser parser;
    private final RouteInbox inbox;

    public LinkReceiver(Supplier<Store> store, DeepLinkParser parser, RouteInbox inbox) {
        this.store = store;
        this.parser = parser;
        this.inbox = inbox;
    }

    @Override
    public void handle(String link) {
        inbox.deliver(RouteCheck.requireKnown(store.get(), parser.parse(link)));
    }
}
