package dev.earmark.feeds.control;

import dev.earmark.platform.control.Release;
import dev.earmark.platform.control.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a feed, or a file a feed names, from outside: only http and https, no credentials in the address, no
 * request to a loopback, link-local, private, multicast or unspecified address (checked on the address connected to,
 * by HttpClient's DNS resolver) unless the setting {@code earmark.feeds.allowed-hosts} allows it, redirects followed by
 * hand (at most {@value #MAX_REDIRECTS}) and each checked again, timeouts, a size cap on the decoded body, and no proxy
 * unless one is configured here (none is: the environment's proxy settings are not used).
 */
@ApplicationScoped
public class FeedFetcher implements AutoCloseable {

    public static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** How long each step may take, and the whole fetch (checked between reads, so it may run one read longer). */
    public record Timeouts(Duration connect, Duration read, Duration total) {

        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(60));
    }

    private CheckingDnsResolver resolver;
    private Timeouts timeouts;
    private Supplier<String> userAgent;
    private Clock clock;
    private CloseableHttpClient client;

    /** For CDI's proxy only. */
    protected FeedFetcher() {
    }

    /** The deadline of a fetch is the network's: real time, never a test deployment's movable clock. */
    @Inject
    FeedFetcher(Settings settings, Release release) {
        this(InetAddress::getAllByName, () -> AllowList.parse(settings.feedsAllowedHosts()),
                () -> "Earmark/" + release.version() + settings.baseUrl().map(base -> " (+" + base + ")").orElse(""),
                Timeouts.DEFAULT, Clock.systemUTC());
    }

    /**
     * A fetcher outside the container.
     *
     * @param lookup how host names are resolved (the system's: {@code InetAddress::getAllByName})
     * @param allowList asked at each connection, so that a changed setting applies at once
     */
    FeedFetcher(CheckingDnsResolver.Lookup lookup, Supplier<AllowList> allowList, Supplier<String> userAgent,
            Timeouts timeouts, Clock clock) {
        this.resolver = new CheckingDnsResolver(lookup, allowList);
        this.timeouts = timeouts;
        this.userAgent = userAgent;
        this.clock = clock;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(timeouts.connect()))
                                .setSocketTimeout(Timeout.of(timeouts.read()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeouts.read()))
                        .setConnectionRequestTimeout(Timeout.of(timeouts.connect()))
                        .setRedirectsEnabled(false)
                        .build())
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .disableDefaultUserAgent()
                .build();
    }

    /**
     * @param known the validators of the copy fetched last, for a conditional GET ({@link Validators#NONE} for none)
     * @param maxBytes the most a body may have (decoded); more is refused
     * @throws FetchRefusedException with the reason, for anything refused or failed
     */
    public Fetched fetch(URI address, Validators known, long maxBytes) {
        Instant deadline = clock.instant().plus(timeouts.total());
        URI hop = address;
        for (int redirects = 0; ; redirects++) {
            if (clock.instant().isAfter(deadline)) {
                throw new FetchRefusedException("feeds.fetch.timeout", hop.getHost());
            }
            checkAddress(hop);
            Answer answer = get(hop, known, maxBytes, deadline);
            if (answer.fetched() != null) {
                return answer.fetched();
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FetchRefusedException("feeds.fetch.tooManyRedirects", address.getHost(), MAX_REDIRECTS);
            }
            hop = answer.redirect();
        }
    }

    @Override
    @PreDestroy
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // Closing frees pooled connections; one that fails to close is gone anyway.
        }
    }

    /** What one request gave: the end of the fetch, or where to go next. */
    private record Answer(Fetched fetched, URI redirect) {
    }

    /**
     * What is checked of every address before asking: http or https, a host, no credentials; an address written as an
     * IP literal is judged here as HttpClient's resolver would (the resolver still judges what is connected to).
     */
    private void checkAddress(URI address) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException("feeds.fetch.scheme", scheme.isEmpty() ? address.toString() : scheme);
        }
        if (address.getRawUserInfo() != null) {
            throw new FetchRefusedException("feeds.fetch.credentials", address.getHost());
        }
        if (address.getHost() == null || address.getHost().isEmpty()) {
            throw new FetchRefusedException("feeds.fetch.address", address.toString());
        }
        try {
            resolver.permitted(address.getHost(), port(address));
        } catch (CheckingDnsResolver.RefusedHostException refused) {
            throw new FetchRefusedException("feeds.fetch.hostRefused", refused.host(), refused.address());
        } catch (UnknownHostException unknown) {
            // Only a literal is judged here: a name is resolved once, by HttpClient, and judged then.
            if (AddressBlock.isIpLiteral(address.getHost())) {
                throw new FetchRefusedException("feeds.fetch.address", address.toString());
            }
        }
    }

    private Answer get(URI address, Validators known, long maxBytes, Instant deadline) {
        HttpGet request = new HttpGet(address);
        request.setHeader(HttpHeaders.USER_AGENT, userAgent.get());
        request.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate");
        request.setHeader(HttpHeaders.ACCEPT, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
        if (known.entityTag() != null) {
            request.setHeader(HttpHeaders.IF_NONE_MATCH, known.entityTag());
        }
        if (known.lastModified() != null) {
            request.setHeader(HttpHeaders.IF_MODIFIED_SINCE, known.lastModified());
        }
        String host = address.getHost();
        try {
            return client.execute(request, response -> answerOrCancel(request, address, response, known, maxBytes, deadline));
        } catch (FetchRefusedException refused) {
            throw refused;
        } catch (CheckingDnsResolver.RefusedHostException refused) {
            throw new FetchRefusedException("feeds.fetch.hostRefused", refused.host(), refused.address());
        } catch (UnknownHostException unknown) {
            throw new FetchRefusedException("feeds.fetch.unknownHost", host);
        } catch (SSLException tls) {
            throw new FetchRefusedException("feeds.fetch.tls", host);
        } catch (InterruptedIOException timedOut) {
            // Connect and read timeouts (SocketTimeoutException, ConnectTimeoutException) are of this kind.
            throw new FetchRefusedException("feeds.fetch.timeout", host);
        } catch (IOException failed) {
            throw new FetchRefusedException("feeds.fetch.failed", host);
        }
    }

    /**
     * A refusal amid an answer cancels the request, which closes the connection: closing normally would read the rest
     * of the body to reuse the connection, and an endless body never ends.
     */
    private Answer answerOrCancel(HttpGet request, URI address, ClassicHttpResponse response, Validators known,
            long maxBytes, Instant deadline) throws IOException {
        try {
            Answer answer = answer(address, response, known, maxBytes, deadline);
            if (answer.redirect() != null) {
                // Else closing the answer would read the redirect's body to its end, however long and slow.
                request.cancel();
            }
            return answer;
        } catch (FetchRefusedException refused) {
            request.cancel();
            throw refused;
        }
    }

    private Answer answer(URI address, ClassicHttpResponse response, Validators known, long maxBytes, Instant deadline)
            throws IOException {
        int status = response.getCode();
        String host = address.getHost();
        if (REDIRECTS.contains(status)) {
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            if (location == null) {
                throw new FetchRefusedException("feeds.fetch.badRedirect", host);
            }
            try {
                return new Answer(null, address.resolve(new URI(location.getValue().strip())));
            } catch (URISyntaxException | IllegalArgumentException unreadable) {
                throw new FetchRefusedException("feeds.fetch.badRedirect", host);
            }
        }
        Validators validators = new Validators(header(response, HttpHeaders.ETAG), header(response, HttpHeaders.LAST_MODIFIED));
        if (status == 304) {
            return new Answer(new Fetched(address, true, new byte[0], null, new Validators(
                    validators.entityTag() != null ? validators.entityTag() : known.entityTag(),
                    validators.lastModified() != null ? validators.lastModified() : known.lastModified())), null);
        }
        if (status != 200) {
            throw new FetchRefusedException("feeds.fetch.status", host, status);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Answer(new Fetched(address, false, new byte[0], null, validators), null);
        }
        if (entity.getContentLength() > maxBytes && entity.getContentEncoding() == null) {
            throw new FetchRefusedException("feeds.fetch.tooLarge", host, maxBytes);
        }
        // Not closed here: HttpClient closes it with the response, after a refusal has cancelled the request.
        InputStream sent = entity.getContent();
        byte[] body = CappedBody.read(sent, entity.getContentEncoding(), maxBytes, deadline, clock::instant, host);
        return new Answer(new Fetched(address, false, body, mediaType(entity.getContentType()), validators), null);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** "application/rss+xml; charset=utf-8" → "application/rss+xml". */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static int port(URI address) {
        if (address.getPort() != -1) {
            return address.getPort();
        }
        return "https".equalsIgnoreCase(address.getScheme()) ? 443 : 80;
    }
}
