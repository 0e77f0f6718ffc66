package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.auth.ConnectionSummary;
import dev.billingone.workstation.auth.CredentialSetup;
import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.LoopbackReceiver;
import dev.billingone.workstation.auth.OAuthSession;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connect SYSTEM}: headless set-up. Client credentials (Pax8, Xero custom connection) and API keys
 * (SuperOps, Synergy Wholesale) are validated live and stored in the vault; Xero and QBO sign-ins print the
 * authorize URL and wait for the browser's redirect on the loopback redirect URI (RFC 8252).
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connect an integration: pax8, xero, qbo, superops, synergy. Secrets go to the encrypted token vault.")
public final class ConnectCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "pax8, xero, qbo, superops or synergy")
    String system;

    @Option(names = "--client-id", description = "OAuth client id (default: the xero.clientId / qbo.clientId setting)")
    String clientId;

    @Option(names = "--client-secret", interactive = true, arity = "0..1",
            description = "Client secret (Pax8, Xero custom connection, QBO app); give the option without a value to be asked for it")
    String clientSecret;

    @Option(names = "--api-key", interactive = true, arity = "0..1",
            description = "SuperOps API token or Synergy Wholesale API key; without a value you are asked for it")
    String apiKey;

    @Option(names = "--subdomain", description = "SuperOps subdomain (acme for acme.superops.ai)")
    String subdomain;

    @Option(names = "--reseller-id", description = "Synergy Wholesale reseller id")
    String resellerId;

    @Option(names = "--tenant", description = "Xero organisation (tenant id or name) when the sign-in shares several")
    String tenant;

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for the browser sign-in (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    public ConnectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        ExternalSystem target = parseSystem();
        Integrations integrations = context.workstation().integrations();
        CredentialSetup setup = integrations.credentials();
        ConnectionSummary summary = switch (target) {
            case PAX8 -> setup.connectPax8(required(clientId, "--client-id"), required(clientSecret, "--client-secret"));
            case SUPEROPS -> setup.connectSuperOps(required(subdomain, "--subdomain"), required(apiKey, "--api-key"));
            case SYNERGY -> setup.connectSynergy(required(resellerId, "--reseller-id"), required(apiKey, "--api-key"));
            case XERO -> clientSecret != null
                    ? setup.connectXeroCustom(clientId != null ? clientId : context.workstation().settings().get("xero.clientId"), clientSecret)
                    : signInWithBrowser(integrations, target);
            case QBO -> signInWithBrowser(integrations, target);
        };
        report(summary, integrations.connections().vault().keyDescription());
        return 0;
    }

    private ConnectionSummary signInWithBrowser(Integrations integrations, ExternalSystem target) throws InterruptedException {
        OAuthSession session = integrations.beginOAuth(target, clientId, clientSecret);
        try (LoopbackReceiver receiver = LoopbackReceiver.listen(session.request().redirectUri())) {
            context.progress("Open this address in a web browser and sign in to " + target.displayName() + ":");
            context.progress(session.authorizationUrl());
            context.progress("Waiting up to " + timeoutSeconds + " s for the sign-in to return to "
                    + session.request().redirectUri() + " …");
            String location = receiver.await(timeoutSeconds, TimeUnit.SECONDS);
            if (location == null) {
                throw new UsageException("No sign-in arrived within " + timeoutSeconds + " s; nothing was changed. "
                        + "Run the command again (--timeout SECONDS to wait longer).");
            }
            OAuthSession.Authorized authorized = session.finish(location).orElseThrow();
            return session.save(authorized, chooseTenant(authorized.tenants()));
        }
    }

    private Tenant chooseTenant(List<Tenant> tenants) {
        if (tenant != null) {
            return tenants.stream()
                    .filter(t -> t.id().equals(tenant) || t.name().equalsIgnoreCase(tenant))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("--tenant " + tenant + " is not among the organisations "
                            + "shared in this sign-in: " + describe(tenants) + ". Nothing was changed."));
        }
        if (tenants.size() == 1) {
            return tenants.get(0);
        }
        throw new UsageException("The sign-in shared several organisations: " + describe(tenants)
                + ". Nothing was changed; run again with --tenant ID (or NAME).");
    }

    private static String describe(List<Tenant> tenants) {
        return String.join(", ", tenants.stream().map(t -> t.name() + " (" + t.id() + ")").toList());
    }

    private void report(ConnectionSummary summary, String vault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("system", summary.system().name().toLowerCase(Locale.ROOT));
        json.put("status", summary.status().name());
        json.put("authMethod", summary.authMethod().name());
        json.put("tenantId", summary.tenantId());
        json.put("tenantName", summary.tenantName());
        json.put("tokenExpiresAt", summary.tokenExpiresAt());
        json.put("vault", vault);
        context.result(json, summary.system().displayName() + " is connected to " + summary.tenantName()
                + ". Secrets are in the token vault (key: " + vault + ").");
    }

    private ExternalSystem parseSystem() {
        for (ExternalSystem candidate : ExternalSystem.values()) {
            if (candidate.name().equalsIgnoreCase(system)) {
                return candidate;
            }
        }
        throw new UsageException("Unknown system '" + system + "': use pax8, xero, qbo, superops or synergy.");
    }

    private static String required(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new UsageException("This system needs " + option + ".");
        }
        return value;
    }
}
