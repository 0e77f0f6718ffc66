package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A token source for tests: "token-1", refreshed to "token-2" once when the remote system rejects it. */
public final class FakeTokens implements AccessTokenProvider {
    private final String tenant;
    private volatile AccessToken current;
    public final AtomicInteger refreshes = new AtomicInteger();

    public FakeTokens(String tenant) {
        this.tenant = tenant;
        this.current = new AccessToken("token-1", tenant, Instant.now().plusSeconds(1800));
    }

    @Override
    public AccessToken current(ExternalSystem system) {
        return current;
    }

    @Override
    public AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected) {
        if (refreshes.incrementAndGet() > 1) {
            throw new RemoteSystemException(system.displayName() + " needs re-authorisation.");
        }
        current = new AccessToken("token-" + (refreshes.get() + 1), tenant, Instant.now().plusSeconds(1800));
        return current;
    }
}
