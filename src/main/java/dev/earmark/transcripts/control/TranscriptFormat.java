package dev.earmark.transcripts.control;

import java.util.Locale;
import java.util.Optional;

/** The formats a transcript is accepted in. */
public enum TranscriptFormat {
    WEBVTT(true, "text/vtt", ".vtt"),
    SUBRIP(true, "application/x-subrip", ".srt"),
    /** The Podcasting 2.0 JSON transcript: {@code {"version", "segments": [{"speaker", "startTime", "endTime", "body"}]}}. */
    PODCAST_JSON(true, "application/json", ".json"),
    PLAIN_TEXT(false, "text/plain", ".txt");

    private final boolean timed;
    private final String mediaType;
    private final String extension;

    TranscriptFormat(boolean timed, String mediaType, String extension) {
        this.timed = timed;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public boolean timed() {
        return timed;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format that a file name (by its extension) or a media type names, if any; SubRip also goes by
     * {@code text/srt} and {@code application/srt}.
     */
    public static Optional<TranscriptFormat> fromHint(String fileNameOrMediaType) {
        if (fileNameOrMediaType == null) {
            return Optional.empty();
        }
        String hint = fileNameOrMediaType.strip().toLowerCase(Locale.ROOT);
        int parameters = hint.indexOf(';');
        String withoutParameters = parameters < 0 ? hint : hint.substring(0, parameters).strip();
        for (TranscriptFormat format : values()) {
            if (withoutParameters.equals(format.mediaType) || withoutParameters.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return withoutParameters.endsWith("/srt") ? Optional.of(SUBRIP) : Optional.empty();
    }
}
