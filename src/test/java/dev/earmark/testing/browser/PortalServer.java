package dev.earmark.testing.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A company portal on another origin, for the player's embedding tests: serves the pages a test
 * puts in. It listens on {@code earmark.portal-port} (default 18765), whose origin
 * {@code http://127.0.0.1:<port>} the test servers allow to embed the player; the same pages
 * reached as {@code http://localhost:<port>} come from an origin they do not allow. A test class runs one with
 * {@code @RegisterExtension static final PortalServer.PerClass portal = new PortalServer.PerClass();}.
 */
public final class PortalServer implements AutoCloseable {

    public static final int PORT = Integer.getInteger("earmark.portal-port", 18765);
    private static final String ALLOWED_HOST = "127.0.0.1";

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private PortalServer(HttpServer server) {
        this.server = server;
    }

    public static PortalServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
            PortalServer portal = new PortalServer(server);
            server.createContext("/", exchange -> {
                String page = portal.pages.get(exchange.getRequestURI().getPath());
                byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Earmark's address on the same site as the allowed portal origin (127.0.0.1), for tests in which the portal's
     * player acts as the signed-in listener: the session cookie (SameSite=Lax) reaches Earmark from a portal of the same
     * site only — another site needs SameSite=None (server-config/README.md). Payara's Arquillian names its server
     * "localhost", another site than 127.0.0.1.
     */
    public static URL onThePortalsSite(URL earmark) {
        try {
            return "localhost".equals(earmark.getHost())
                    ? new URL(earmark.getProtocol(), ALLOWED_HOST, earmark.getPort(), earmark.getFile())
                    : earmark;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Serves a page whose body is the given HTML, inside a minimal accessible document. */
    public void page(String path, String bodyHtml) {
        pages.put(path, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Team portal</title></head>"
                + "<body><main><h1>Team portal</h1>" + bodyHtml + "</main></body></html>");
    }

    /** The page's address on the allowed origin. */
    public String allowed(String path) {
        return "http://" + ALLOWED_HOST + ":" + PORT + path;
    }

    /** The same page from an origin that is not on the allow-list. */
    public String notAllowed(String path) {
        return "http://localhost:" + PORT + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A portal open while a test class runs: its pages are served from before the first test to after the last. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private PortalServer running;

        @Override
        public void beforeAll(ExtensionContext context) {
            running = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            running.close();
        }

        public void page(String path, String bodyHtml) {
            running.page(path, bodyHtml);
        }

        public String allowed(String path) {
            return running.allowed(path);
        }

        public String notAllowed(String path) {
            return running.notAllowed(path);
        }
    }
}
