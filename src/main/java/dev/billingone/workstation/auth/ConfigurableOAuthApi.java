package dev.billingone.workstation.auth;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.HttpBasicAuthenticationScheme;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

/**
 * A scribejava API whose endpoints come from configuration. Apps with a secret authenticate with HTTP Basic
 * (Xero, Intuit); public PKCE apps send only their client id in the body.
 */
final class ConfigurableOAuthApi extends DefaultApi20 {
    private final OAuthClientConfig config;

    ConfigurableOAuthApi(OAuthClientConfig config) {
        this.config = config;
    }

    @Override
    public String getAccessTokenEndpoint() {
        return config.tokenUrl();
    }

    @Override
    protected String getAuthorizationBaseUrl() {
        return config.authUrl();
    }

    @Override
    public String getRevokeTokenEndpoint() {
        return config.revokeUrl();
    }

    @Override
    public ClientAuthentication getClientAuthentication() {
        return config.clientSecret() != null ? HttpBasicAuthenticationScheme.instance() : RequestBodyAuthenticationScheme.instance();
    }
}
