package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;

/**
 * Where connectors get credentials. Implemented by the integrations feature (token vault + OAuth refresh);
 * connectors depend on this interface only.
 */
public interface AccessTokenProvider {
    /** A valid token for the system's connection, refreshed first if it is near expiry. */
    AccessToken current(ExternalSystem system);

    /**
     * Called once after the remote system rejected {@code rejected} (HTTP 401): refresh and return the new token,
     * or throw a RemoteSystemException saying the connection needs re-authorisation (never loop).
     */
    AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected);
}
