package dev.earmark.transcripts.control;

import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.platform.control.Settings;
import dev.earmark.transcripts.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The engine the settings choose for new jobs, and each engine as configured now. */
@ApplicationScoped
public class TranscriptionEngines {

    @Inject
    Settings settings;

    private final HttpClient client = ServiceCalls.client();

    public Engine chosen() {
        return Engine.valueOf(settings.transcriptionEngine().toUpperCase(Locale.ROOT));
    }

    /** The Debian packages the engine lacks on this server; empty when it can run. */
    public List<String> missingPackages(Engine engine) {
        return engine == Engine.POCKETSPHINX ? PocketSphinx.missingPackages() : List.of();
    }

    /** @throws TranscriptionFailure when the service's configured address cannot be used */
    public TranscriptionEngine of(Engine engine) throws TranscriptionFailure {
        if (engine == Engine.POCKETSPHINX) {
            return new PocketSphinx(Path.of(System.getProperty("java.io.tmpdir")));
        }
        URI service = settings.findTranscriptionServiceUrl()
                .orElseThrow(() -> new TranscriptionFailure("transcription.failure.serviceUrl", null));
        return new OpenAiTranscription(client, service, settings.transcriptionServiceModel(),
                settings.transcriptionServiceKey(), settings.transcriptionServiceTimeout());
    }
}
