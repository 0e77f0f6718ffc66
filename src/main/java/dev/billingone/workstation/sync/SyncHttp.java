package dev.billingone.workstation.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client setup and the one JSON mapper for every connector. Deliberately no logging interceptor:
 * request/response logging would write Authorization headers and token bodies to disk. {@link RemoteApi} logs
 * method, path and status only.
 */
public final class SyncHttp {
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // money never passes through double
            .build();

    private static final OkHttpClient SHARED = client(Duration.ofSeconds(30));

    private SyncHttp() {
    }

    /** The app's client: one connection pool and dispatcher for all systems. */
    public static OkHttpClient shared() {
        return SHARED;
    }

    /** A client with other timeouts that still shares the app's pool (tests use short ones). */
    public static OkHttpClient client(Duration timeout) {
        OkHttpClient.Builder builder = SHARED == null ? new OkHttpClient.Builder() : SHARED.newBuilder();
        return builder.connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(2))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }
}
