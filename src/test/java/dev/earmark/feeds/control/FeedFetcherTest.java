package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.FeedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedFetcherTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>A</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private static final long MB = 1024 * 1024;
    private static final FeedFetcher.Timeouts SHORT = new FeedFetcher.Timeouts(Duration.ofSeconds(2),
            Duration.ofMillis(700), Duration.ofSeconds(3));

    private final FeedServer server = new FeedServer();
    private final List<FeedFetcher> fetchers = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        fetchers.forEach(FeedFetcher::close);
        server.close();
    }

    /** The test server is on loopback: only its own port is allowed, as a site allows an intranet host. */
    private FeedFetcher fetcher() {
        return fetcher("127.0.0.1:" + server.port(), InetAddress::getAllByName, FeedFetcher.Timeouts.DEFAULT);
    }

    private FeedFetcher fetcher(String allowList, CheckingDnsResolver.Lookup lookup, FeedFetcher.Timeouts timeouts) {
        FeedFetcher fetcher = new FeedFetcher(lookup, () -> AllowList.parse(allowList), () -> "Earmark/1.0 (+https://podcasts.example)",
                timeouts, Clock.systemUTC());
        fetchers.add(fetcher);
        return fetcher;
    }

    private static String refusal(Runnable fetch) {
        return assertThrows(FetchRefusedException.class, fetch::run).messageKey();
    }

    @Test
    void fetchesTheBodyItsTypeAndValidatorsAsAnAppWould() {
        server.on("/feed.xml", FeedServer.answer(200, FEED, Map.of("Content-Type", "application/rss+xml; charset=utf-8",
                "ETag", "\"v1\"", "Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")));

        Fetched fetched = fetcher().fetch(server.uri("/feed.xml"), Validators.NONE, MB);

        assertFalse(fetched.notModified());
        assertArrayEquals(FEED, fetched.body());
        assertEquals("application/rss+xml", fetched.mediaType());
        assertEquals(new Validators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"), fetched.validators());
        assertEquals(server.uri("/feed.xml"), fetched.address());
        FeedServer.Request request = server.requests().get(0);
        assertEquals("Earmark/1.0 (+https://podcasts.example)", request.header("User-Agent"));
        assertTrue(request.header("Accept-Encoding").contains("gzip"));
        assertEquals(null, request.header("If-None-Match"));
    }

    @Test
    void aConditionalGetSendsTheValidatorsAndA304IsNotModified() {
        server.on("/feed.xml", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            FeedServer.send(exchange, same ? 304 : 200, same ? new byte[0] : FEED, Map.of("ETag", "\"v1\""));
        });
        Validators known = new Validators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT");

        Fetched fetched = fetcher().fetch(server.uri("/feed.xml"), known, MB);

        assertTrue(fetched.notModified());
        assertEquals(0, fetched.body().length);
        assertEquals(known, fetched.validators());
        FeedServer.Request request = server.requests().get(0);
        assertEquals("\"v1\"", request.header("If-None-Match"));
        assertEquals("Tue, 01 Dec 2026 10:00:00 GMT", request.header("If-Modified-Since"));
    }

    @Test
    void followsFiveRedirectsAndRefusesTheSixth() {
        for (int hop = 1; hop <= 6; hop++) {
            server.on("/r" + hop, FeedServer.redirect(hop % 2 == 0 ? 301 : 307, "/r" + (hop + 1)));
        }
        server.on("/r7", FeedServer.answer(200, FEED, Map.of()));
        server.on("/s2", FeedServer.answer(200, FEED, Map.of()));

        Fetched fetched = fetcher().fetch(server.uri("/r2"), Validators.NONE, MB);
        assertEquals(server.uri("/r7"), fetched.address());
        assertArrayEquals(FEED, fetched.body());

        assertEquals("feeds.fetch.tooManyRedirects", refusal(() -> fetcher().fetch(server.uri("/r1"), Validators.NONE, MB)));
        assertEquals(0, server.requestsTo("/r7") - 1, "the seventh address is never asked for after six redirects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1/feed.xml", "http://169.254.169.254/latest/meta-data/", "http://[::1]/feed.xml",
        "http://[::ffff:127.0.0.1]/feed.xml", "http://10.0.0.1/feed.xml", "http://192.168.1.1/", "http://172.16.0.1/",
        "http://100.64.0.1/", "http://0.0.0.0/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
        "http://255.255.255.255/", "http://[::127.0.0.1]/", "http://[2002:7f00:1::]/", "http://2130706433/"})
    void aRedirectToAnAddressThatIsNotPublicIsRefused(String target) {
        server.on("/moved", FeedServer.redirect(302, target));

        String key = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> refusal(() -> fetcher().fetch(server.uri("/moved"), Validators.NONE, MB)));

        assertTrue(key.equals("feeds.fetch.hostRefused") || key.equals("feeds.fetch.address")
                || key.equals("feeds.fetch.unknownHost"), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.1/", "http://127.0.0.1:1/"})
    void anAddressThatIsNotPublicIsRefusedAtOnce(String target) {
        assertEquals("feeds.fetch.hostRefused", refusal(() -> fetcher().fetch(URI.create(target), Validators.NONE, MB)));
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedUnlessAllowedByName() {
        server.on("/feed.xml", FeedServer.answer(200, FEED, Map.of()));
        CheckingDnsResolver.Lookup rebinding = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        URI address = URI.create("http://feeds.example:" + server.port() + "/feed.xml");

        assertEquals("feeds.fetch.hostRefused",
                refusal(() -> fetcher("", rebinding, FeedFetcher.Timeouts.DEFAULT).fetch(address, Validators.NONE, MB)));
        assertEquals(0, server.requests().size());

        Fetched allowed = fetcher("feeds.example:" + server.port(), rebinding, FeedFetcher.Timeouts.DEFAULT)
                .fetch(address, Validators.NONE, MB);
        assertArrayEquals(FEED, allowed.body());
        assertEquals("feeds.example:" + server.port(), server.requests().get(0).header("Host"));
    }

    @Test
    void onlyThePublicAnswersOfADnsNameAreConnectedTo() {
        CheckingDnsResolver.Lookup mixed = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}), InetAddress.getByAddress(host, new byte[] {(byte) 93, (byte) 184, (byte) 215, 14})};
        CheckingDnsResolver resolver = new CheckingDnsResolver(mixed, () -> AllowList.NONE);

        assertDoesNotReturnPrivate(resolver);
    }

    private static void assertDoesNotReturnPrivate(CheckingDnsResolver resolver) {
        try {
            List<InetAddress> permitted = resolver.permitted("feeds.example", 80);
            assertEquals(List.of("93.184.215.14"), permitted.stream().map(InetAddress::getHostAddress).toList());
        } catch (UnknownHostException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    @Test
    void theSystemResolversLocalhostIsRefused() {
        server.on("/feed.xml", FeedServer.answer(200, FEED, Map.of()));

        assertEquals("feeds.fetch.hostRefused", refusal(() -> fetcher("", InetAddress::getAllByName, FeedFetcher.Timeouts.DEFAULT)
                .fetch(URI.create("http://localhost:" + server.port() + "/feed.xml"), Validators.NONE, MB)));
        assertEquals(0, server.requests().size());
    }

    @Test
    void theLoopbackTestServerIsRefusedWithoutTheAllowList() {
        server.on("/feed.xml", FeedServer.answer(200, FEED, Map.of()));

        assertEquals("feeds.fetch.hostRefused", refusal(() -> fetcher("127.0.0.1:" + (server.port() == 1 ? 2 : 1),
                InetAddress::getAllByName, FeedFetcher.Timeouts.DEFAULT).fetch(server.uri("/feed.xml"), Validators.NONE, MB)));
        assertEquals(0, server.requests().size());
    }

    @Test
    void credentialsInTheAddressAreRefused() {
        server.on("/feed.xml", FeedServer.answer(200, FEED, Map.of()));

        assertEquals("feeds.fetch.credentials", refusal(() -> fetcher().fetch(
                URI.create("http://user:secret@127.0.0.1:" + server.port() + "/feed.xml"), Validators.NONE, MB)));
        server.on("/moved", FeedServer.redirect(302, "http://user:secret@127.0.0.1:" + server.port() + "/feed.xml"));
        assertEquals("feeds.fetch.credentials", refusal(() -> fetcher().fetch(server.uri("/moved"), Validators.NONE, MB)));
        assertEquals(1, server.requests().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://feeds.example/feed.xml", "file:///etc/passwd", "javascript:alert(1)", "gopher://feeds.example/",
        "jar:file:///x.jar!/feed.xml"})
    void otherSchemesAreRefused(String target) {
        assertEquals("feeds.fetch.scheme", refusal(() -> fetcher().fetch(URI.create(target), Validators.NONE, MB)));
        server.on("/moved", FeedServer.redirect(302, target));
        assertEquals("feeds.fetch.scheme", refusal(() -> fetcher().fetch(server.uri("/moved"), Validators.NONE, MB)));
    }

    @Test
    void aBodyOverTheCapIsRefusedWithOrWithoutItsLengthSaid() {
        byte[] large = new byte[5000];
        server.on("/said", FeedServer.answer(200, large, Map.of()));
        server.on("/unsaid", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(large);
                }
            } catch (IOException cutOff) {
                // The fetcher hung up at its cap.
            }
        });

        assertEquals("feeds.fetch.tooLarge", refusal(() -> fetcher().fetch(server.uri("/said"), Validators.NONE, 4999)));
        assertEquals(5000, fetcher().fetch(server.uri("/said"), Validators.NONE, 5000).body().length);
        assertEquals("feeds.fetch.tooLarge", refusal(() -> fetcher().fetch(server.uri("/unsaid"), Validators.NONE, 100_000)));
    }

    @Test
    void aGzipBodyIsDecodedAndAGzipBombStopsAtTheCap() throws IOException {
        server.on("/feed.xml.gz", FeedServer.answer(200, gzip(FEED, 1), Map.of("Content-Encoding", "gzip")));
        byte[] bomb = gzip(new byte[1024 * 1024], 256); // 256 MiB of zeros, about 260 KB compressed
        server.on("/bomb", FeedServer.answer(200, bomb, Map.of("Content-Encoding", "gzip")));

        assertArrayEquals(FEED, fetcher().fetch(server.uri("/feed.xml.gz"), Validators.NONE, MB).body());
        long before = usedMemory();
        assertEquals("feeds.fetch.tooLarge", assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> refusal(() -> fetcher().fetch(server.uri("/bomb"), Validators.NONE, 20 * MB))));
        assertTrue(usedMemory() - before < 200 * MB, "the bomb was not unpacked into memory");
    }

    @Test
    void aDeflateBodyIsDecodedInBothForms() throws IOException {
        java.util.zip.Deflater zlib = new java.util.zip.Deflater();
        byte[] wrapped = deflate(zlib);
        byte[] raw = deflate(new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true));
        server.on("/zlib", FeedServer.answer(200, wrapped, Map.of("Content-Encoding", "deflate")));
        server.on("/raw", FeedServer.answer(200, raw, Map.of("Content-Encoding", "deflate")));
        server.on("/broken", FeedServer.answer(200, FEED, Map.of("Content-Encoding", "gzip")));

        assertArrayEquals(FEED, fetcher().fetch(server.uri("/zlib"), Validators.NONE, MB).body());
        assertArrayEquals(FEED, fetcher().fetch(server.uri("/raw"), Validators.NONE, MB).body());
        assertEquals("feeds.fetch.badEncoding", refusal(() -> fetcher().fetch(server.uri("/broken"), Validators.NONE, MB)));
    }

    @Test
    void aSlowServerTimesOut() throws InterruptedException {
        // The server holds its answers until the test has seen the fetcher give up, then lets its threads go.
        CountDownLatch givenUp = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                givenUp.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            FeedServer.send(exchange, 200, FEED, Map.of());
        });
        server.on("/dripping", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                // A byte every 300 ms: each read comes in time, the whole fetch does not.
                for (int i = 0; i < 100 && !givenUp.await(300, TimeUnit.MILLISECONDS); i++) {
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException | InterruptedException cutOff) {
                // The fetcher gave up.
            }
        });

        try {
            assertEquals("feeds.fetch.timeout", assertTimeoutPreemptively(Duration.ofSeconds(4),
                    () -> refusal(() -> fetcher("127.0.0.1:" + server.port(), InetAddress::getAllByName, SHORT)
                            .fetch(server.uri("/slow"), Validators.NONE, MB))));
            assertEquals("feeds.fetch.timeout", assertTimeoutPreemptively(Duration.ofSeconds(6),
                    () -> refusal(() -> fetcher("127.0.0.1:" + server.port(), InetAddress::getAllByName, SHORT)
                            .fetch(server.uri("/dripping"), Validators.NONE, MB))));
        } finally {
            givenUp.countDown();
        }
    }

    @Test
    void anErrorStatusIsARefusalWithTheStatus() {
        server.on("/gone", FeedServer.answer(410, new byte[0], Map.of()));

        FetchRefusedException refused = assertThrows(FetchRefusedException.class,
                () -> fetcher().fetch(server.uri("/gone"), Validators.NONE, MB));
        assertEquals("feeds.fetch.status", refused.messageKey());
        assertEquals(410, refused.arguments()[1]);
        assertEquals("feeds.fetch.status", refusal(() -> fetcher().fetch(server.uri("/missing"), Validators.NONE, MB)));
    }

    private static byte[] gzip(byte[] block, int times) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            for (int i = 0; i < times; i++) {
                out.write(block);
            }
        }
        return zipped.toByteArray();
    }

    private static byte[] deflate(java.util.zip.Deflater deflater) {
        deflater.setInput(FEED);
        deflater.finish();
        byte[] out = new byte[1024];
        int length = deflater.deflate(out);
        deflater.end();
        return java.util.Arrays.copyOf(out, length);
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
