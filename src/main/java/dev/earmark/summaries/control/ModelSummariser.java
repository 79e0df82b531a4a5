package dev.earmark.summaries.control;

import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A snip's title and takeaways, or an episode's summary, topics and chapters, from an OpenAI-compatible
 * chat-completions service, as Ollama, vLLM, llama.cpp's server, LocalAI, Azure OpenAI and OpenAI serve it:
 * {@code POST {base}/v1/chat/completions} with {@link SummaryPrompt}'s or {@link EpisodePrompt}'s request, authorised by
 * a bearer key when one is set, tried again on a timeout, 429 or 5xx ({@link Retries}); the answer, read to at most
 * {@value #MAX_ANSWER_BYTES} bytes, must pass {@link ModelAnswer} or {@link EpisodeModelAnswer}.
 */
public final class ModelSummariser {

    public static final String PATH = "v1/chat/completions";
    /** A summary, or an episode's suggestion, is a few hundred bytes to a few KiB; a service's answer with its metadata not much more. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

    private final HttpClient client;
    private final URI endpoint;
    private final String model;
    private final Optional<String> key;
    private final Duration timeout;
    private final Retries retries;

    /**
     * @param base    the service's address, with or without a last {@code /v1} (OpenAI's documentation names
     *                {@code https://api.openai.com/v1}, Ollama's {@code http://localhost:11434})
     * @param timeout how long one try may take
     */
    public ModelSummariser(HttpClient client, URI base, String model, Optional<String> key, Duration timeout,
            Retries retries) {
        this.client = client;
        this.endpoint = endpoint(base);
        this.model = model;
        this.key = key;
        this.timeout = timeout;
        this.retries = retries;
    }

    /** {@code {base}/v1/chat/completions}, the base's last {@code /v1} (if any) not repeated. */
    static URI endpoint(URI base) {
        String path = base.toString();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/v1")) {
            path = path.substring(0, path.length() - "/v1".length());
        }
        return URI.create(path + "/" + PATH);
    }

    public String model() {
        return model;
    }

    /** The model's summary of a snip's excerpt, or why there is none. */
    public Summary summarise(ExcerptToSummarise excerpt) throws SummaryFailure, InterruptedException {
        return ask(jsonMode -> SummaryPrompt.request(model, excerpt, jsonMode), ModelAnswer::read);
    }

    /** The model's summary, topics and chapters for an episode, or why there are none. */
    public EpisodeSuggestion suggest(EpisodeToSummarise episode) throws SummaryFailure, InterruptedException {
        return ask(jsonMode -> EpisodePrompt.request(model, episode, jsonMode),
                body -> EpisodeModelAnswer.read(body, episode, model));
    }

    /**
     * One exchange: the request the prompt makes, its answer read as the prompt wants, every failure (the service's
     * refusal, an answer breaking the rules) a {@link SummaryFailure} without the key. A service that refuses the JSON
     * mode (400 naming {@code response_format}, as OpenAI does for older models and Azure for older API versions) is
     * asked once more without it: the prompt asks for JSON all the same, and the answer is checked as strictly.
     */
    private <T> T ask(Function<Boolean, JsonObject> request, AnswerReader<T> reader)
            throws SummaryFailure, InterruptedException {
        HttpResponse<String> response = send(request.apply(true));
        if (response.statusCode() == 400 && ServiceCalls.errorMessage(response.body()).contains("response_format")) {
            response = send(request.apply(false));
        }
        if (response.statusCode() / 100 != 2) {
            throw new SummaryFailure(endpoint + " answered " + response.statusCode() + ": "
                    + withoutKey(SummaryFailure.quoted(ServiceCalls.errorMessage(response.body()))));
        }
        try {
            return reader.read(response.body());
        } catch (SummaryFailure refused) {
            throw new SummaryFailure(withoutKey(refused.getMessage()));
        }
    }

    private HttpResponse<String> send(JsonObject body) throws SummaryFailure, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        key.ifPresent(secret -> request.header("Authorization", "Bearer " + secret));
        try {
            return retries.send(client, request.build(), ServiceCalls.boundedText(MAX_ANSWER_BYTES));
        } catch (HttpTimeoutException timedOut) {
            throw new SummaryFailure("No answer from " + endpoint + " within " + timeout.toMillis() + " ms, "
                    + (retries.retries() + 1) + " tries");
        } catch (ConnectException unreachable) {
            throw new SummaryFailure(endpoint.getAuthority() + " cannot be reached: " + unreachable.getMessage());
        } catch (IOException failed) {
            throw new SummaryFailure("The exchange with " + endpoint + " failed: " + failed.getMessage());
        }
    }

    /** A service may quote the key it refused, or a model repeat it; the log must not. */
    private String withoutKey(String message) {
        return key.map(secret -> message.replace(secret, "***")).orElse(message);
    }

    /** How a prompt reads the service's answer. */
    @FunctionalInterface
    private interface AnswerReader<T> {

        T read(String body) throws SummaryFailure;
    }
}
