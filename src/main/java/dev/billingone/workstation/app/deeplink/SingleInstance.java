package dev.billingone.workstation.app.deeplink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running workstation per data dir (the H2 file allows one process anyway). The first instance listens on a
 * loopback port and writes it, with a random token, to {@value #PORT_FILE} in the data dir; a second process
 * ({@code open URL}, {@code triage}) reads that file, sends {@code TOKEN LINK}, and gets {@code OK} or
 * {@code ERR message} back. The token keeps other local programs from driving the window: only someone who can
 * read the data dir can.
 */
public final class SingleInstance implements AutoCloseable {
    public static final String PORT_FILE = "instance.port";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_LINE = 8_192;

    /** What a running instance does with a link it receives; a thrown exception's message goes back to the sender. */
    @FunctionalInterface
    public interface LinkHandler {
        void handle(String link);
    }

    /** How forwarding went. */
    public sealed interface Forwarded {
        /** No instance is listening for this data dir: the caller starts one. */
        record NotRunning() implements Forwarded {
        }

        record Delivered() implements Forwarded {
        }

        /** The running instance refused the link, e.g. an unknown client id; the message says why. */
        record Rejected(String message) implements Forwarded {
        }
    }

    private final Path portFile;
    private final ServerSocket server;
    private final String token;
    private final LinkHandler handler;
    private final Thread acceptor;

    private SingleInstance(Path portFile, ServerSocket server, String token, LinkHandler handler) {
        this.portFile = portFile;
        this.server = server;
        this.token = token;
        this.handler = handler;
        this.acceptor = new Thread(this::acceptLoop, "billingone-single-instance");
        this.acceptor.setDaemon(true);
    }

    /**
     * Becomes the running instance for {@code dataDir}, unless one already answers there.
     *
     * @return the listener (close it on exit), or empty when another instance is running
     */
    public static Optional<SingleInstance> listen(Path dataDir, LinkHandler handler) throws IOException {
        Path portFile = dataDir.resolve(PORT_FILE);
        if (isAnswering(portFile)) {
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        try {
            writePortFile(portFile, server.getLocalPort(), token);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(portFile, server, token, handler);
        instance.acceptor.start();
        LOG.info("Listening for links on 127.0.0.1:{}", server.getLocalPort());
        return Optional.of(instance);
    }

    /** Hands {@code link} to the instance running for {@code dataDir}, if any. */
    public static Forwarded forward(Path dataDir, String link) {
        Optional<Endpoint> endpoint = Endpoint.read(dataDir.resolve(PORT_FILE));
        if (endpoint.isEmpty()) {
            return new Forwarded.NotRunning();
        }
        try (Socket socket = endpoint.get().connect()) {
            Writer writer = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            writer.write(endpoint.get().token() + " " + link.replaceAll("[\\r\\n]", "") + "\n");
            writer.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if ("OK".equals(answer)) {
                return new Forwarded.Delivered();
            }
            if (answer != null && answer.startsWith("ERR ")) {
                return new Forwarded.Rejected(answer.substring(4));
            }
            return new Forwarded.Rejected("The running BillingOne gave no answer (" + answer + ").");
        } catch (IOException e) {
            // A port file left by a crashed instance: nobody listens, so this process becomes the instance.
            LOG.info("No instance answers at {}: {}", endpoint.get(), e.toString());
            return new Forwarded.NotRunning();
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    private static boolean isAnswering(Path portFile) {
        Optional<Endpoint> endpoint = Endpoint.read(portFile);
        if (endpoint.isEmpty()) {
            return false;
        }
        try (Socket ignored = endpoint.get().connect()) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writePortFile(Path portFile, int port, String token) throws IOException {
        Path temp = Files.createTempFile(portFile.getParent(), ".instance", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temp, List.of(Integer.toString(port), token), StandardCharsets.UTF_8);
            try {
                Files.move(temp, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, portFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("A link could not be received: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        PrintWriter reply = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
        String line;
        try {
            line = readLine(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException e) {
            return;
        }
        if (line == null) {
            return; // a liveness probe: connected and went away
        }
        int space = line.indexOf(' ');
        if (space < 0 || !line.substring(0, space).equals(token)) {
            LOG.warn("Refused a link with a wrong token from {}", socket.getRemoteSocketAddress());
            reply.println("ERR This process may not open links here (wrong token in " + PORT_FILE + ").");
            return;
        }
        try {
            handler.handle(line.substring(space + 1));
            reply.println("OK");
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            reply.println("ERR " + message.replaceAll("[\\r\\n]+", " "));
        }
    }

    private static String readLine(InputStreamReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("Link longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the link listener: {}", e.toString());
        }
        try {
            Optional<Endpoint> current = Endpoint.read(portFile);
            if (current.isPresent() && current.get().port() == server.getLocalPort()) {
                Files.deleteIfExists(portFile);
            }
        } catch (IOException e) {
            LOG.debug("Removing {}: {}", portFile, e.toString());
        }
    }

    private record Endpoint(int port, String token) {
        static Optional<Endpoint> read(Path portFile) {
            try {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() < 2) {
                    return Optional.empty();
                }
                return Optional.of(new Endpoint(Integer.parseInt(lines.get(0).trim()), lines.get(1).trim()));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        Socket connect() throws IOException {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS * 2);
            return socket;
        }

        @Override
        public String toString() {
            return "127.0.0.1:" + port;
        }
    }
}
