package dev.billingone.workstation.auth;

/** How a connection proves who it is; decides how a fresh access token is obtained. */
public enum AuthMethod {
    /** Authorization code + PKCE with a rotating refresh token (Xero, QBO). */
    OAUTH_CODE,
    /** client_credentials grant, no refresh token: fetch a new token when it expires (Pax8, Xero custom connection). */
    CLIENT_CREDENTIALS,
    /** A static API key that never expires (SuperOps, Synergy Wholesale). */
    API_KEY
}
