package dev.earmark.summaries.control;

import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The language model the settings name for snips' summaries and episodes' suggestions, as configured now (settings apply
 * at once).
 */
@ApplicationScoped
public class ModelSummarisers {

    /** Three more tries, after 1, 2 and 4 seconds (or the service's Retry-After, up to a minute). */
    static final int RETRIES = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final HttpClient client = ServiceCalls.client();

    /** The model to ask, or none when no usable service and model are set. */
    public Optional<ModelSummariser> configured() {
        if (!settings.summariesByModel()) {
            return Optional.empty();
        }
        return Optional.of(new ModelSummariser(client, settings.findSummaryServiceUrl().orElseThrow(),
                settings.findSummaryModel().orElseThrow(), settings.summaryServiceKey(), settings.summaryTimeout(),
                new Retries(RETRIES, FIRST_WAIT, LONGEST_WAIT, Retries.SLEEP, clock)));
    }
}
