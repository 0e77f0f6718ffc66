package dev.billingone.workstation.auth;

import java.time.Instant;

/** What a token endpoint returned. {@link #toString()} never shows the tokens. */
public record TokenSet(String accessToken, String refreshToken, Instant accessExpiresAt, Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "TokenSet[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt
                + ", hasRefreshToken=" + (refreshToken != null) + ", tokens=***]";
    }
}
