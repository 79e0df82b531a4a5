package dev.earmark.transcripts.control;

import dev.earmark.platform.control.ServiceCalls;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * An OpenAI-compatible transcription service, as whisper.cpp's server, faster-whisper servers, LocalAI and OpenAI
 * serve it: {@code POST {base}/v1/audio/transcriptions}, multipart with the audio ({@code file}), {@code model} and
 * {@code response_format=verbose_json}, authorised by a bearer key when one is set. The file streams from the media
 * directory; the service's answer becomes cues ({@link TranscriptionAnswer}). A cancel aborts the wait for the answer.
 */
public final class OpenAiTranscription implements TranscriptionEngine {

    public static final String PATH = "v1/audio/transcriptions";
    private static final int PERCENT_SENT = 5;
    /**
     * Far above any transcript's answer (the transcript file itself is at most 5 MiB; verbose_json of a three-hour
     * episode is a few MiB more), yet a bound on what a service gone wrong makes the server hold.
     */
    static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;

    private final HttpClient client;
    private final URI endpoint;
    private final String model;
    private final Optional<String> key;
    private final Duration timeout;

    /**
     * @param base    the service's address, without {@value #PATH}
     * @param timeout how long the whole answer may take: transcribing an hour of audio takes a service minutes
     */
    public OpenAiTranscription(HttpClient client, URI base, String model, Optional<String> key, Duration timeout) {
        this.client = client;
        this.endpoint = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(PATH);
        this.model = model;
        this.key = key;
        this.timeout = timeout;
    }

    @Override
    public List<Cue> transcribe(AudioToTranscribe audio, TranscriptionControl control)
            throws TranscriptionFailure, InterruptedException {
        Multipart body = new Multipart("earmark-" + UUID.randomUUID());
        body.field("model", model);
        body.field("response_format", "verbose_json");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json, text/vtt");
        key.ifPresent(secret -> request.header("Authorization", "Bearer " + secret));
        CompletableFuture<HttpResponse<String>> answer;
        try {
            answer = client.sendAsync(request.POST(body.withFile("file", audio)).build(),
                    ServiceCalls.boundedText(MAX_ANSWER_BYTES));
        } catch (IOException unreadable) {
            throw new TranscriptionFailure("transcription.failure.io", unreadable.getMessage());
        }
        control.onCancel(() -> answer.cancel(true));
        control.report(PERCENT_SENT);
        HttpResponse<String> response = await(answer, control);
        if (response.statusCode() / 100 != 2) {
            throw new TranscriptionFailure("transcription.failure.status",
                    response.statusCode() + " " + withoutKey(ServiceCalls.errorMessage(response.body())));
        }
        return TranscriptionAnswer.read(response.body());
    }

    /** A service may quote the key it refused; the job's reason is shown to curators, who must not learn it. */
    private String withoutKey(String message) {
        return key.map(secret -> message.replace(secret, "***")).orElse(message);
    }

    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> answer, TranscriptionControl control)
            throws TranscriptionFailure, InterruptedException {
        try {
            return answer.get();
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            throw interrupted;
        } catch (CancellationException cancelled) {
            throw new TranscriptionFailure("transcription.failure.cancelled", null);
        } catch (ExecutionException failed) {
            if (control.isCancelled()) {
                // The client may end a cancelled exchange with an I/O error of its own rather than a cancellation.
                throw new TranscriptionFailure("transcription.failure.cancelled", null);
            }
            Throwable cause = failed.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TranscriptionFailure("transcription.failure.timeout", Long.toString(timeout.toSeconds()));
            }
            if (cause instanceof ConnectException) {
                throw new TranscriptionFailure("transcription.failure.unreachable", endpoint.getAuthority());
            }
            throw new TranscriptionFailure("transcription.failure.io", String.valueOf(cause.getMessage()));
        }
    }
}
