package dev.earmark.transcripts.control;

import dev.earmark.transcripts.entity.TranscriptFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transcripts as curators upload them, read into the one model that the player, search and snips use.
 */
public final class Transcripts {

    private Transcripts() {
    }

    /**
     * The transcript in the normalised model, its format told by its content: "WEBVTT" on the first line is WebVTT,
     * a first character <code>{</code> the Podcasting 2.0 JSON transcript, a timing line first (or a cue number
     * and then one) SubRip, anything else plain text. The file name or media type, when given, is a hint: plain text
     * ({@code .txt}, {@code text/plain}) is taken as such whatever it starts with, JSON ({@code .json},
     * {@code application/json}) is read as JSON, and a file named as WebVTT or SubRip that is neither is refused
     * rather than read as plain text. Cues whose text is empty once markup is gone are left out.
     *
     * @param fileNameOrMediaType the hint, or null
     * @throws TranscriptException when the content is too large, no UTF-8 text, breaks its format's rules or holds
     *                             no cue
     */
    public static Transcript read(byte[] content, String fileNameOrMediaType) {
        String text = TranscriptText.decode(content);
        List<String> lines = TranscriptText.lines(text);
        TranscriptFormat format = format(text, lines, TranscriptFormat.fromHint(fileNameOrMediaType));
        return switch (format) {
            case WEBVTT -> timed(WebVttReader.read(lines), format);
            case SUBRIP -> timed(SubRipReader.read(lines), format);
            case PODCAST_JSON -> new Transcript(PodcastJsonReader.read(text), true, format);
            case PLAIN_TEXT -> new Transcript(PlainTextReader.read(lines), false, format);
        };
    }

    private static TranscriptFormat format(String text, List<String> lines, Optional<TranscriptFormat> hint) {
        if (hint.isPresent() && (hint.get() == TranscriptFormat.PLAIN_TEXT
                || hint.get() == TranscriptFormat.PODCAST_JSON)) {
            return hint.get();
        }
        if (WebVttReader.isWebVtt(lines)) {
            return TranscriptFormat.WEBVTT;
        }
        if (startsWithBrace(text)) {
            return TranscriptFormat.PODCAST_JSON;
        }
        if (SubRipReader.isSubRip(lines)) {
            return TranscriptFormat.SUBRIP;
        }
        if (hint.isPresent()) {
            throw TranscriptException.unknownFormat();
        }
        return TranscriptFormat.PLAIN_TEXT;
    }

    private static boolean startsWithBrace(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first < text.length() && text.charAt(first) == '{';
    }

    private static Transcript timed(List<WrittenCue> written, TranscriptFormat format) {
        List<Cue> cues = new ArrayList<>(written.size());
        for (WrittenCue cue : written) {
            CueText.Spoken spoken = CueText.parse(String.join("\n", cue.textLines()));
            if (!spoken.text().isEmpty()) {
                cues.add(new Cue(cue.startMillis(), cue.endMillis(), spoken.speaker(), spoken.text()));
            }
        }
        if (cues.isEmpty()) {
            throw TranscriptException.noCues();
        }
        return new Transcript(cues, true, format);
    }
}
