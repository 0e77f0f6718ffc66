package dev.billingone.workstation.ui.integrations;

import dev.billingone.workstation.auth.AuthMethod;
import dev.billingone.workstation.auth.ConnectionSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The words on an integration card, kept apart from the controls so they can be checked without a window. */
final class ConnectionCardText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final ZoneId zone;

    ConnectionCardText(ZoneId zone) {
        this.zone = zone;
    }

    String status(ConnectionSummary summary) {
        return switch (summary.status()) {
            case NOT_CONNECTED -> "Not connected";
            case CONNECTED -> summary.onThisWorkstation()
                    ? "Connected to " + summary.tenantName()
                    : "Connected to " + summary.tenantName() + " on another workstation — connect here to use it from this one";
            case NEEDS_REAUTH -> "Needs re-authorisation";
            case ERROR -> "Error";
        };
    }

    List<String> details(ConnectionSummary summary) {
        List<String> lines = new ArrayList<>();
        if (summary.connectedBy() != null && summary.connectedAt() != null) {
            lines.add("Connected by " + summary.connectedBy() + " on " + when(summary.connectedAt()));
        }
        if (summary.authMethod() != null) {
            lines.add(switch (summary.authMethod()) {
                case OAUTH_CODE -> "Signed in with OAuth";
                case CLIENT_CREDENTIALS -> "Client id and secret";
                case API_KEY -> "API key";
            });
        }
        if (summary.tokenExpiresAt() != null && summary.authMethod() != AuthMethod.API_KEY) {
            lines.add("Access token expires " + when(summary.tokenExpiresAt()) + " (renewed automatically)");
        }
        if (summary.refreshExpiresAt() != null) {
            lines.add("Sign-in valid until " + when(summary.refreshExpiresAt()));
        }
        lines.add(summary.lastSyncAt() == null ? "Never synced" : "Last sync " + when(summary.lastSyncAt()));
        if (summary.lastError() != null) {
            lines.add(summary.lastError());
        }
        return lines;
    }

    String connectLabel(ConnectionSummary summary) {
        return summary.status() == dev.billingone.workstation.auth.ConnectionStatus.NOT_CONNECTED ? "Connect" : "Reconnect";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
