package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.RemoteSystemException;

/**
 * The remote system could not be reached or kept failing temporarily (no network, DNS failure, connection
 * reset, timeout, 5xx) after the retries: we are effectively offline for it. Work stays queued.
 */
public class RemoteUnavailableException extends RemoteSystemException {
    public RemoteUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
