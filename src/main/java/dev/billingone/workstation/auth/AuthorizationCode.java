package dev.billingone.workstation.auth;

/** What the redirect carried: the one-time code, and QBO's company ({@code realmId}; null for Xero). */
public record AuthorizationCode(String code, String realmId) {
    @Override
    public String toString() {
        return "AuthorizationCode[realmId=" + realmId + ", code=***]";
    }
}
