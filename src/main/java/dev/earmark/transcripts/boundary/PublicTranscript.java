package dev.earmark.transcripts.boundary;

import dev.earmark.media.entity.MediaFile;
import dev.earmark.transcripts.control.Transcript;

/**
 * The transcript of an episode that listeners may see.
 *
 * @param original the file as it came, which listeners may download
 */
public record PublicTranscript(long episodeId, Transcript transcript, MediaFile original) {
}
