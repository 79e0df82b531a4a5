package dev.earmark.testing.server;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only in tests, started in the server under test (which is what calls a transcription service): an
 * OpenAI-compatible transcription service on a local port, {@code POST /v1/audio/transcriptions} (a
 * {@link FakeService}, as Earmark refuses multipart requests to its own pages). It checks the request as OpenAI
 * does — multipart with a file, a model and
 * {@code response_format=verbose_json}, and the bearer key the server's environment sets
 * (EARMARK_TRANSCRIPTION_SERVICE_KEY, see pom.xml) — and answers as its {@link Behaviour} says.
 */
public final class FakeTranscriptionService extends FakeService {

    public enum Behaviour {
        /** A verbose_json transcript of {@link #SEGMENTS}. */
        SPEECH,
        /** 401 with OpenAI's error body. */
        REFUSED,
        /** 500 with OpenAI's error body. */
        FAILING,
        /** 200 with an HTML page. */
        GARBAGE,
        /** No answer at all until the service closes. */
        SILENT
    }

    /** What the fake transcribes any audio to. */
    public record Segment(double start, double end, String text) {
    }

    public static final List<Segment> SEGMENTS = List.of(new Segment(0.0, 2.84, " The server keeps a public directory."),
            new Segment(3.12, 9.5, " Each time it changes, a new version is published."));

    /** A request as the fake received it; a field the request lacked is null. */
    public record Received(String method, String path, String authorization, String model, String responseFormat,
                           String fileName, String fileType, long fileBytes) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("filename=\"([^\"]*)\"");

    private volatile Behaviour behaviour = Behaviour.SPEECH;

    private FakeTranscriptionService() {
        super("fake-transcription-service");
    }

    public static FakeTranscriptionService start() {
        return new FakeTranscriptionService();
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** Waits, at most two minutes, until a request has come. */
    public void awaitRequest() throws InterruptedException {
        awaitRequests(1);
    }

    /** The requests so far, oldest first. */
    public List<Received> received() {
        return requests().stream().map(FakeTranscriptionService::read).toList();
    }

    @Override
    protected Optional<Reply> answer(Request request, int index) {
        Behaviour now = behaviour;
        if (now == Behaviour.SILENT) {
            return Optional.empty();
        }
        return Optional.of(refusal(read(request)).orElseGet(() -> answerFor(now)));
    }

    private static Received read(Request request) {
        Map<String, String> headers = request.headers();
        byte[] body = request.body();
        Map<String, String> fields = new HashMap<>();
        String fileName = null;
        String fileType = null;
        long fileBytes = -1;
        Matcher boundary = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
        if (headers.getOrDefault("content-type", "").startsWith("multipart/form-data") && boundary.find()) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String[] parts = text.split("--" + Pattern.quote(boundary.group(1)));
            for (int i = 1; i < parts.length; i++) {
                int headEnd = parts[i].indexOf("\r\n\r\n");
                if (headEnd < 0) {
                    continue;
                }
                String head = parts[i].substring(0, headEnd);
                String content = parts[i].substring(headEnd + 4, Math.max(headEnd + 4, parts[i].length() - 2));
                Matcher name = DISPOSITION_NAME.matcher(head);
                Matcher file = DISPOSITION_FILE.matcher(head);
                if (file.find()) {
                    fileName = file.group(1);
                    fileType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                            .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(null);
                    fileBytes = content.length();
                } else if (name.find()) {
                    fields.put(name.group(1), content);
                }
            }
        }
        return new Received(request.method(), request.path(), headers.get("authorization"), fields.get("model"),
                fields.get("response_format"), fileName, fileType, fileBytes);
    }

    private static Optional<Reply> refusal(Received request) {
        String key = System.getenv("EARMARK_TRANSCRIPTION_SERVICE_KEY");
        if (!"POST".equals(request.method()) || !"/v1/audio/transcriptions".equals(request.path())) {
            return Optional.of(openAiError(404, "Invalid URL (" + request.method() + " " + request.path() + ")"));
        }
        if (key != null && !Objects.equals("Bearer " + key, request.authorization())) {
            return Optional.of(openAiError(401, "You didn't provide an API key."));
        }
        if (request.fileName() == null || request.fileBytes() <= 0) {
            return Optional.of(openAiError(400, "Could not parse multipart form"));
        }
        if (request.model() == null || request.model().isBlank()) {
            return Optional.of(openAiError(400, "you must provide a model parameter"));
        }
        if (!"verbose_json".equals(request.responseFormat())) {
            return Optional.of(openAiError(400, "response_format must be verbose_json here"));
        }
        return Optional.empty();
    }

    private static Reply answerFor(Behaviour behaviour) {
        return switch (behaviour) {
            case SPEECH -> new Reply(200, "application/json", verboseJson());
            case REFUSED -> openAiError(401, "Incorrect API key provided.");
            case FAILING -> openAiError(500, "The server had an error while processing your request.");
            case GARBAGE -> new Reply(200, "text/html", "<html><body>It works!</body></html>");
            case SILENT -> throw new IllegalStateException("a silent service answers nothing");
        };
    }

    private static String verboseJson() {
        StringBuilder segments = new StringBuilder();
        for (int i = 0; i < SEGMENTS.size(); i++) {
            Segment segment = SEGMENTS.get(i);
            segments.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"seek\":0,\"start\":")
                    .append(segment.start()).append(",\"end\":").append(segment.end()).append(",\"text\":\"")
                    .append(segment.text()).append("\",\"tokens\":[50364],\"temperature\":0.0,\"avg_logprob\":-0.21}");
        }
        return "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":9.5,\"text\":\"\",\"segments\":[" + segments + "]}";
    }
}
