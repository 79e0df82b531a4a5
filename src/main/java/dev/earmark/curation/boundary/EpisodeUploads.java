package dev.earmark.curation.boundary;

/** Files that come with a save: new audio, a new transcript, or the stored audio or transcript to be dropped. */
public record EpisodeUploads(Upload audio, Upload transcript, boolean removeAudio, boolean removeTranscript) {

    public static final EpisodeUploads NONE = new EpisodeUploads(null, null, false, false);
}
