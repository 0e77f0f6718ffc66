package dev.billingone.workstation.app.deeplink;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.ui.shell.Section;

/** What the parser cannot know: that the record a link names exists in this organisation's database. */
public final class RouteCheck {
    private RouteCheck() {
    }

    /** Only a link to one client names a record that may not exist; every other route opens as it is. */
    public static boolean needsDatabase(Route route) {
        return route.section() == Section.CLIENTS && route.parameters().containsKey(Route.ID);
    }

    public static Route requireKnown(Store store, Route route) {
        if (needsDatabase(route)) {
            long id = Long.parseLong(route.parameters().get(Route.ID));
            boolean exists = store.read(session -> session.find(Client.class, id) != null);
            if (!exists) {
                throw new InvalidInputException("There is no client " + id + " in this organisation's data (link "
                        + route.link() + "). It may have been deleted, or the link is for another organisation.");
            }
        }
        return route;
    }
}
