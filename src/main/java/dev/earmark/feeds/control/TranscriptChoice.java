package dev.earmark.feeds.control;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of an item's {@code podcast:transcript}s to take: timed formats first (WebVTT, SubRip, JSON), then HTML, then
 * plain text; told by the declared type, else by the address's extension.
 *
 * @param fileName the name to store it under, which also tells the transcripts feature its format
 * @param html whether it is HTML, to be made plain text before it is read
 */
public record TranscriptChoice(URI url, String fileName, boolean html) {

    private static final List<String> ORDER = List.of("vtt", "srt", "json", "html", "txt");

    public static Optional<TranscriptChoice> best(List<ParsedItem.TranscriptLink> links) {
        return links.stream()
                .map(link -> new Ranked(link.url(), kindOf(link)))
                .filter(ranked -> ranked.kind() != null)
                .min(Comparator.comparingInt(ranked -> ORDER.indexOf(ranked.kind())))
                .map(ranked -> new TranscriptChoice(ranked.url(),
                        "transcript." + (ranked.kind().equals("html") ? "txt" : ranked.kind()),
                        ranked.kind().equals("html")));
    }

    private record Ranked(URI url, String kind) {
    }

    private static String kindOf(ParsedItem.TranscriptLink link) {
        String type = link.mediaType() == null ? "" : link.mediaType().toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("text/vtt")) {
            return "vtt";
        }
        if (type.contains("subrip") || type.contains("srt")) {
            return "srt";
        }
        if (type.contains("json")) {
            return "json";
        }
        if (type.startsWith("text/html")) {
            return "html";
        }
        if (type.startsWith("text/plain")) {
            return "txt";
        }
        String path = link.url().getPath() == null ? "" : link.url().getPath().toLowerCase(Locale.ROOT);
        return ORDER.stream().filter(kind -> path.endsWith("." + kind)).findFirst()
                .orElse(path.endsWith(".htm") ? "html" : null);
    }
}
