package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.deeplink.DeepLinkParser;
import dev.billingone.workstation.app.deeplink.Route;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code open URL}: what a click on a {@code billingone://} link in mail runs. Hands the link to the running
 * workstation (which raises its window there) and exits, or starts the workstation at that place.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open a billingone:// or https://app.billingone.dev/ link in the running workstation, or start it there.",
                "Links: dashboard, invoices, contracts, missed-billing, generated-invoices?status=draft, clients/ID,",
                "settings/integrations, triage (and every other section of the main window)."})
public final class OpenCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "URL", description = "e.g. billingone://clients/42 or https://app.billingone.dev/missed-billing")
    String url;

    public OpenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Route route = new DeepLinkParser(context.workstation().settings().get("web.baseUrl")).parse(url);
        return RunningInstance.forwardOrStart(context, route);
    }
}
