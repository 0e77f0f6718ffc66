/**
 * Integrations: connecting Xero, QBO, Pax8, SuperOps and Synergy Wholesale, and keeping their secrets.
 *
 * <p>{@link dev.billingone.workstation.auth.Integrations} is the entry point. Secrets live only in this
 * workstation's {@link dev.billingone.workstation.auth.TokenVault} (AES-256-GCM; key in the OS keyring via
 * secret-tool when it answers, else a 0600 key file with an optional passphrase); the database's
 * {@link dev.billingone.workstation.auth.IntegrationConnection} records only that a connection exists and its state.
 * Xero/QBO sign in with the authorization code flow + PKCE ({@link dev.billingone.workstation.auth.OAuthSession},
 * shared by the embedded browser, the system-browser loopback fallback and {@code billingone connect}); connectors
 * get tokens through {@link dev.billingone.workstation.auth.VaultAccessTokenProvider}. No JavaFX here.
 */
package dev.billingone.workstation.auth;
