package dev.earmark.transcripts.boundary;

import dev.earmark.media.control.MediaPaths;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.entity.TranscriptFormat;
import java.util.List;

/**
 * A transcript in the JSON API: its cues with times in seconds (millisecond precision), the speaker absent where the
 * file names none, and the address of the file as it came. An untimed transcript's cues all start and end at 0.
 */
public record TranscriptJson(long episode, boolean timed, TranscriptFormat format, String original,
        List<CueJson> cues) {

    public record CueJson(double start, double end, String speaker, String text) {

        static CueJson of(Cue cue) {
            return new CueJson(cue.startMillis() / 1000.0, cue.endMillis() / 1000.0, cue.speaker(), cue.text());
        }
    }

    public static TranscriptJson of(PublicTranscript published, BaseUrl base) {
        return new TranscriptJson(published.episodeId(), published.transcript().timed(),
                published.transcript().format(), base.absolute(MediaPaths.of(published.original())),
                published.transcript().cues().stream().map(CueJson::of).toList());
    }
}
