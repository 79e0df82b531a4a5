package dev.earmark.exports.control;

import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The clients of Readwise and Notion and the tokens' cipher, as the settings are now (they apply at once). */
@ApplicationScoped
public class ServiceClients {

    /** Three more tries after a 429 or 5xx, after 1, 2 and 4 seconds or the service's Retry-After (up to a minute). */
    static final int RETRIES = 3;
    /** A sync's request may carry 100 blocks or highlights; the service may take a while. */
    static final Duration SYNC_TIMEOUT = Duration.ofSeconds(30);
    /**
     * A token's check runs while the listener's page waits: one try, and a short one (the listener tries again, and
     * is told that the service did not answer).
     */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** Readwise allows 240 requests a minute. */
    private static final Duration READWISE_SPACING = Duration.ofMillis(250);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final HttpClient client = ServiceCalls.client();

    /** The cipher of the server's key; none when no usable key is set, and then nobody can connect. */
    public Optional<TokenCipher> cipher() {
        return settings.exportKey().flatMap(TokenCipher::ofBase64);
    }

    /** @param lease the sync's claim, renewed while it sends */
    public ReadwiseClient readwise(String token, ServiceExchange.Lease lease) {
        return readwise(token, new Retries(RETRIES, FIRST_WAIT, LONGEST_WAIT, Retries.SLEEP, clock), SYNC_TIMEOUT, lease);
    }

    /** @param lease the sync's claim, renewed while it sends */
    public NotionClient notion(String token, ServiceExchange.Lease lease) {
        return notion(token, new Retries(RETRIES, FIRST_WAIT, LONGEST_WAIT, Retries.SLEEP, clock), SYNC_TIMEOUT, lease);
    }

    /** For checking a token while the listener waits: one try of at most {@link #CHECK_TIMEOUT}. */
    public ReadwiseClient readwiseCheck(String token) {
        return readwise(token, once(), CHECK_TIMEOUT, ServiceExchange.Lease.NONE);
    }

    /** For checking a token and a parent page while the listener waits: one try of at most {@link #CHECK_TIMEOUT}. */
    public NotionClient notionCheck(String token) {
        return notion(token, once(), CHECK_TIMEOUT, ServiceExchange.Lease.NONE);
    }

    private ReadwiseClient readwise(String token, Retries retries, Duration timeout, ServiceExchange.Lease lease) {
        return new ReadwiseClient(new ServiceExchange(ReadwiseClient.NAME, client, settings.readwiseBaseUrl(), token,
                Map.of("Authorization", ReadwiseClient.authorization(token)), retries, timeout, READWISE_SPACING, lease));
    }

    private NotionClient notion(String token, Retries retries, Duration timeout, ServiceExchange.Lease lease) {
        return new NotionClient(new ServiceExchange(NotionClient.NAME, client, settings.notionBaseUrl(), token,
                Map.of("Authorization", NotionClient.authorization(token), "Notion-Version", NotionClient.VERSION),
                retries, timeout, NotionClient.SPACING, lease));
    }

    private Retries once() {
        return new Retries(0, FIRST_WAIT, LONGEST_WAIT, Retries.SLEEP, clock);
    }
}
