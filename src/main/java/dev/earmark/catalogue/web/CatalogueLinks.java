package dev.earmark.catalogue.web;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Where the catalogue's things live, as app paths for {@link dev.earmark.platform.web.Links}. */
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
        return show.getArtworkUrl();
    }

    public String audio(Episode episode) {
        return episode.getAudio() == null ? null : episode.getAudio().getUrl();
    }
}
