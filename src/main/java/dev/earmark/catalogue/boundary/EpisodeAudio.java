package dev.earmark.catalogue.boundary;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What statistics of an episode need to know about its audio: its show, its playing time and the length of its stored
 * file, each unknown when the catalogue does not know it (no duration read, or external audio only).
 */
public record EpisodeAudio(long episodeId, long showId, OptionalInt durationSeconds, OptionalLong fileBytes) {
}
