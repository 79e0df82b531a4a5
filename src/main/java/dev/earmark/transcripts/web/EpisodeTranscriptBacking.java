package dev.earmark.transcripts.web;

import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.control.MediaFragment;
import dev.earmark.transcripts.control.SpeakerTurns;
import dev.earmark.transcripts.control.SpeakerTurns.Paragraph;
import dev.earmark.transcripts.control.SpeakerTurns.Turn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transcript on an episode's page, as text to read: paragraphs per speaker turn, each linking to the moment it is
 * said. The catalogue's view names this bean, so the catalogue itself knows nothing of transcripts.
 */
@Named
@RequestScoped
public class EpisodeTranscriptBacking {

    /** What the page shows of an episode's transcript; no turns when listeners have none to read. */
    private record Readable(boolean timed, List<Turn> turns) {
    }

    private static final Readable NONE = new Readable(false, List.of());

    @Inject
    EpisodeTranscripts transcripts;

    private final Map<Long, Readable> read = new HashMap<>();

    /** The turns of the episode's transcript, if listeners may read one; else none. */
    public List<Turn> turns(long episodeId) {
        return readable(episodeId).turns();
    }

    /** Whether its paragraphs can link to their moments (a plain text transcript has none). */
    public boolean timed(long episodeId) {
        return readable(episodeId).timed();
    }

    /** The link to the paragraph's moment on the page it is on, which the player follows: "#t=15.595". */
    public String moment(Paragraph paragraph) {
        return MediaFragment.at(paragraph.startMillis());
    }

    private Readable readable(long episodeId) {
        return read.computeIfAbsent(episodeId, id -> transcripts.findForListeners(id)
                .map(transcript -> new Readable(transcript.timed(), SpeakerTurns.of(transcript)))
                .orElse(NONE));
    }
}
