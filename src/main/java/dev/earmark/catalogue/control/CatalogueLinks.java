package dev.earmark.catalogue.control;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.control.MediaPaths;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The routes of the catalogue's things, as app paths ("/shows/x"); pages and the API make links of them. */
@Named
@ApplicationScoped
public class CatalogueLinks {

    /**
     * The query of the player's own requests of a stored audio file: what it plays is counted from its listening
     * reports, so the media servlet counts no download for them. Download links and feeds never carry it.
     */
    public static final String PLAYER_QUERY = "via=player";

    private static final String PLAIN_TEXT = "text/plain";
    /** Where the transcripts feature serves an episode's transcript, by the episode's id. */
    private static final String TRANSCRIPTS_API = "/api/transcripts/";

    public String show(Show show) {
        return Route.SHOW_PAGE.path(show.getSlug());
    }

    /** The n-th page of the show's episodes; the first has no parameter. */
    public String showPage(Show show, int page) {
        return page > 1 ? show(show) + "?page=" + page : show(show);
    }

    public String episode(Episode episode) {
        return Route.EPISODE_PAGE.path(episode.getShow().getSlug(), episode.getSlug());
    }

    /**
     * The search for an episode's topic: its words as one quoted phrase, so that they are found together and in
     * their order (quotes inside it would end the phrase; search reads only the words anyway).
     */
    public String topicSearch(String topic) {
        return Routes.search("\"" + topic.replace('"', ' ') + "\"");
    }

    /** The show's artwork, else null. */
    public String artwork(Show show) {
        return media(show.getArtwork());
    }

    /** The stored audio, else the external enclosure URL, else null. */
    public String audio(Episode episode) {
        if (episode.getAudioFile() != null) {
            return media(episode.getAudioFile());
        }
        return episode.getAudio() == null ? null : episode.getAudio().getUrl();
    }

    /**
     * Where Earmark's player plays the episode from: the stored audio with {@link #PLAYER_QUERY}, else the external
     * enclosure as it is (its own query, if any, is not Earmark's to change); null without either.
     */
    public String playerAudio(Episode episode) {
        return episode.getAudioFile() != null ? media(episode.getAudioFile()) + "?" + PLAYER_QUERY : audio(episode);
    }

    /** The transcript file as its curator uploaded it. */
    public String transcript(Episode episode) {
        return media(episode.getTranscript());
    }

    /** The episode's transcript as cues (what the player shows), if it has one; else null. */
    public String transcriptCues(Episode episode) {
        return episode.getTranscript() == null ? null : TRANSCRIPTS_API + episode.getId();
    }

    /**
     * The transcript as WebVTT captions for an audio element's track, made from its cues whatever format was
     * uploaded; none for an episode without a transcript or with plain text, which has no times.
     */
    public String captions(Episode episode) {
        MediaFile file = episode.getTranscript();
        return file == null || file.getMediaType().startsWith(PLAIN_TEXT) ? null : transcriptCues(episode) + ".vtt";
    }

    private static String media(MediaFile file) {
        return file == null ? null : MediaPaths.of(file);
    }
}
