package dev.earmark.catalogue.control;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.media.control.MediaPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Where the catalogue's things live, as app paths ("/shows/x"); pages and the API make links of them. */
@Named
@ApplicationScoped
public class CatalogueLinks {

    public String show(Show show) {
        return "/shows/" + show.getSlug();
    }

    public String episode(Episode episode) {
        return show(episode.getShow()) + "/episodes/" + episode.getSlug();
    }

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

    public String transcript(Episode episode) {
        return media(episode.getTranscript());
    }

    private static String media(MediaFile file) {
        return file == null ? null : MediaPaths.of(file);
    }
}
