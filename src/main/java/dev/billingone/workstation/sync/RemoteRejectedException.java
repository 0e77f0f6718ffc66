package dev.billingone.workstation.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.RemoteSystemException;

/** The remote system answered 4xx (other than 401/429): the request itself is wrong; retrying will not help. */
public class RemoteRejectedException extends RemoteSystemException {
    private final int status;
    private final transient JsonNode body;

    public RemoteRejectedException(String message, int status, JsonNode body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The parsed error body, or null when it was not JSON. */
    public JsonNode body() {
        return body;
    }
}
