package dev.earmark.testing.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Only in tests, started in the server under test: a web server on a loopback port that serves feeds by path as a test
 * says (a 304 for a conditional request it recognises, redirects, …) and records every request with its headers.
 * Unknown paths get a 404. The server under test reaches it only when its allow-list names this port.
 */
public final class FakeFeedServer extends FakeService {

    private final Map<String, Function<Request, Reply>> paths = new ConcurrentHashMap<>();

    public FakeFeedServer() {
        super("fake-feed-server");
    }

    public FakeFeedServer on(String path, Function<Request, Reply> answer) {
        paths.put(path, answer);
        return this;
    }

    public int port() {
        return base().getPort();
    }

    /** The requests so far, oldest first. */
    public List<Request> received() {
        return requests();
    }

    public static Reply rss(String body, Map<String, String> headers) {
        return new Reply(200, "application/rss+xml; charset=utf-8", body, headers);
    }

    public static Reply redirect(String location) {
        return new Reply(302, "text/plain", "", Map.of("Location", location));
    }

    @Override
    protected Optional<Reply> answer(Request request, int index) {
        Function<Request, Reply> answer = paths.get(request.path());
        return Optional.of(answer == null ? new Reply(404, "text/plain", "") : answer.apply(request));
    }
}
