package dev.billingone.workstation.sync;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** A MockWebServer that answers through a function and keeps every request it received, in order. */
public final class RecordingServer implements AutoCloseable {
    public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final MockWebServer server = new MockWebServer();

    private RecordingServer(Function<RecordedRequest, MockResponse> answer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return answer.apply(request);
            }
        });
    }

    public static RecordingServer start(Function<RecordedRequest, MockResponse> answer) throws IOException {
        return start(0, answer);
    }

    /** On {@code port} (0 = any free one). */
    public static RecordingServer start(int port, Function<RecordedRequest, MockResponse> answer) throws IOException {
        RecordingServer recording = new RecordingServer(answer);
        recording.server.start(port);
        return recording;
    }

    public HttpUrl url(String path) {
        return server.url(path);
    }

    public static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
