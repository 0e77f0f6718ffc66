package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.RemoteSystemException;
import java.time.Instant;

/** A budget (e.g. Xero's 5,000 calls a day) is used up; we stop before the remote system starts refusing. */
public class RateLimitExhaustedException extends RemoteSystemException {
    private final Instant resumeAt;

    public RateLimitExhaustedException(String message, Instant resumeAt) {
        super(message);
        this.resumeAt = resumeAt;
    }

    public Instant resumeAt() {
        return resumeAt;
    }
}
