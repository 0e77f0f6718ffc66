package dev.billingone.workstation.auth;

import dev.billingone.workstation.core.RemoteSystemException;

/**
 * A connect, refresh or revoke that did not work, with the reason in plain words for the person at the screen.
 * The message never contains a token, a code or a secret.
 */
public final class OAuthFailure extends RemoteSystemException {
    /** Why, so that screens and the provider react correctly (e.g. NEEDS_REAUTH changes the connection's status). */
    public enum Problem {
        DENIED,
        STATE_MISMATCH,
        WRONG_CLIENT,
        PROVIDER_DOWN,
        CLOCK_SKEW,
        NEEDS_REAUTH,
        PROTOCOL
    }

    private final Problem problem;

    public OAuthFailure(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public OAuthFailure(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
