package dev.earmark.transcripts.entity;

import java.util.Locale;
import java.util.Optional;

/** The formats a transcript is accepted in. */
public enum TranscriptFormat {
    WEBVTT("text/vtt", ".vtt"),
    SUBRIP("application/x-subrip", ".srt"),
    /**
     * The Podcasting 2.0 JSON transcript:
     * {@code {"version", "segments": [{"speaker", "startTime", "endTime", "body"}]}}.
     */
    PODCAST_JSON("application/json", ".json"),
    PLAIN_TEXT("text/plain", ".txt");

    private final String mediaType;
    private final String extension;

    TranscriptFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name's ending for a file of this format. */
    public String extension() {
        return extension;
    }

    /** The type to serve the original file with. */
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
