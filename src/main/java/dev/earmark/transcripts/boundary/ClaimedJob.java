package dev.earmark.transcripts.boundary;

import dev.earmark.transcripts.control.AudioToTranscribe;
import dev.earmark.transcripts.entity.Engine;

/** A job this server has claimed, with what its engine reads. */
record ClaimedJob(Engine engine, AudioToTranscribe audio) {
}
