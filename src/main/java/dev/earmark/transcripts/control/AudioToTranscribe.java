package dev.earmark.transcripts.control;

import java.nio.file.Path;

/**
 * The stored audio of an episode, as an engine reads it.
 *
 * @param fileName the name it was uploaded with; services tell the format by its extension
 */
public record AudioToTranscribe(Path path, String fileName, String mediaType) {
}
