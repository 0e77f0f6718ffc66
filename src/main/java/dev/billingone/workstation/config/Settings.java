package dev.billingone.workstation.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration properties (billingone.properties in the data dir, overridden by {@code --set key=value}).
 * Every external endpoint is a key here so tests and sandboxes can point anywhere; secrets never are.
 */
public final class Settings {
    private static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Settings defaultsOnly() {
        return new Settings(new LinkedHashMap<>(DEFAULTS));
    }

    public static Settings of(Properties fromFile, Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        fromFile.stringPropertyNames().forEach(key -> merged.put(key, fromFile.getProperty(key).trim()));
        merged.putAll(overrides);
        return new Settings(merged);
    }

    /** A copy with some keys changed (tests, and screens that edit settings). */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No configuration key '" + key + "'");
        }
        return value;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    public int getInt(String key, int fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("xero.apiBaseUrl", "https://api.xero.com/api.xro/2.0");
        d.put("xero.connectionsUrl", "https://api.xero.com/connections");
        d.put("xero.authUrl", "https://login.xero.com/identity/connect/authorize");
        d.put("xero.tokenUrl", "https://identity.xero.com/connect/token");
        d.put("xero.revokeUrl", "https://identity.xero.com/connect/revocation");
        d.put("xero.clientId", "");
        d.put("xero.redirectUri", "http://localhost:8888/callback");
        d.put("xero.scopes", "offline_access accounting.invoices accounting.contacts accounting.settings.read");
        d.put("qbo.apiBaseUrl", "https://quickbooks.api.intuit.com/v3/company");
        d.put("qbo.authUrl", "https://appcenter.intuit.com/connect/oauth2");
        d.put("qbo.tokenUrl", "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer");
        d.put("qbo.revokeUrl", "https://developer.api.intuit.com/v2/oauth2/tokens/revoke");
        d.put("qbo.clientId", "");
        d.put("qbo.redirectUri", "http://localhost:8889/callback");
        d.put("qbo.scopes", "com.intuit.quickbooks.accounting");
        d.put("qbo.minorVersion", "75");
        d.put("pax8.apiBaseUrl", "https://api.pax8.com/v1");
        d.put("pax8.tokenUrl", "https://api.pax8.com/v1/token");
        d.put("pax8.audience", "https://api.pax8.com");
        d.put("superops.apiBaseUrl", "https://api.superops.ai/msp");
        d.put("synergy.apiBaseUrl", "https://api.synergywholesale.com");
        d.put("sync.offline", "false");
        d.put("ui.scale", "1.0");
        d.put("web.baseUrl", "https://app.billingone.dev");
        return d;
    }
}
