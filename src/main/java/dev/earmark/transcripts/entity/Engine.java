package dev.earmark.transcripts.entity;

/** Which speech recogniser transcribes: the setting earmark.transcription.engine names one, and each job records it. */
public enum Engine {

    /** CMU PocketSphinx, installed on the server from Debian: offline, modest accuracy. */
    POCKETSPHINX,
    /** A service that answers OpenAI's transcription API (whisper.cpp's server, faster-whisper servers, LocalAI, OpenAI). */
    OPENAI
}
