package dev.earmark.transcripts.control;

import java.util.List;

/** A speech recogniser: turns an episode's audio into timed cues, in the calling (background) thread. */
public interface TranscriptionEngine {

    /**
     * @return the cues, in order, at least one
     * @throws TranscriptionFailure when the audio cannot be transcribed, with the reason
     * @throws InterruptedException when the thread was interrupted; a cancelled job may fail in any way, and its
     *                              caller then knows it was cancelled
     */
    List<Cue> transcribe(AudioToTranscribe audio, TranscriptionControl control) throws TranscriptionFailure, InterruptedException;
}
