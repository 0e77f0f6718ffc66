package dev.billingone.workstation.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.billingone.workstation.app.GlobalOptions;
import dev.billingone.workstation.app.Workstation;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What every command needs: the global options, the lazily opened {@link Workstation}, and one way to print
 * results — one JSON object on stdout with {@code --json}, readable text otherwise; progress goes to stderr.
 */
public final class CliContext implements AutoCloseable {
    /** Built on first use (a holder class): opening the window goes through the CLI too, and needs no JSON. */
    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private final GlobalOptions options;
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private Workstation workstation;

    public CliContext(GlobalOptions options, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public GlobalOptions options() {
        return options;
    }

    public Map<String, String> env() {
        return env;
    }

    public synchronized Workstation workstation() {
        if (workstation == null) {
            workstation = Workstation.of(options, env);
        }
        return workstation;
    }

    /** Prints the command's result: {@code json} as one object with --json, else {@code human}. */
    public void result(Object json, String human) {
        if (options.json()) {
            try {
                out.println(json().writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Result is not serialisable", e);
            }
        } else {
            out.println(human);
        }
        out.flush();
    }

    /** A progress or status line; on stderr so that stdout stays one JSON object. */
    public void progress(String line) {
        err.println(line);
        err.flush();
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public synchronized void close() {
        if (workstation != null) {
            workstation.close();
        }
    }
}
