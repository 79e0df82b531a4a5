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

    /** @param lease the sync's claim, renewed while it sends ({@link ServiceExchange.Lease#NONE} for a check) */
    public ReadwiseClient readwise(String token, ServiceExchange.Lease lease) {
        return new ReadwiseClient(new ServiceExchange(ReadwiseClient.NAME, client, settings.readwiseBaseUrl(), token,
                Map.of("Authorization", ReadwiseClient.authorization(token)), retries(), READWISE_SPACING, lease));
    }

    /** @param lease the sync's claim, renewed while it sends ({@link ServiceExchange.Lease#NONE} for a check) */
    public NotionClient notion(String token, ServiceExchange.Lease lease) {
        return new NotionClient(new ServiceExchange(NotionClient.NAME, client, settings.notionBaseUrl(), token,
                Map.of("Authorization", NotionClient.authorization(token), "Notion-Version", NotionClient.VERSION),
                retries(), NotionClient.SPACING, lease));
    }

    private Retries retries() {
        return new Retries(RETRIES, FIRST_WAIT, LONGEST_WAIT, Retries.SLEEP, clock);
    }
}
