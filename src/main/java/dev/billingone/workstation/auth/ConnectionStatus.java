package dev.billingone.workstation.auth;

/** State of an integration as the Integrations screen shows it. */
public enum ConnectionStatus {
    NOT_CONNECTED,
    CONNECTED,
    NEEDS_REAUTH,
    ERROR
}
