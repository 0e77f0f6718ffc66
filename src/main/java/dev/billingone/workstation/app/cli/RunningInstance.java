package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.GuiLauncher;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.SingleInstance;
import dev.billingone.workstation.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hands a route to the workstation already running on this data dir, or starts one there (blocking until it closes). */
final class RunningInstance {
    private RunningInstance() {
    }

    static int forwardOrStart(CliContext context, Route route) {
        SingleInstance.Forwarded forwarded = SingleInstance.forward(context.workstation().dataDir().path(), route.link());
        if (forwarded instanceof SingleInstance.Forwarded.Rejected rejected) {
            throw new InvalidInputException(rejected.message());
        }
        if (forwarded instanceof SingleInstance.Forwarded.Delivered) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("link", route.link());
            json.put("forwarded", true);
            context.result(json, "Opened " + route.link() + " in the running BillingOne.");
            return 0;
        }
        context.close();
        GuiLauncher.open(context.options(), route);
        return 0;
    }
}
