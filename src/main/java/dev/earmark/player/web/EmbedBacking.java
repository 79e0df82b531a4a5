package dev.earmark.player.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The embed page that portals frame: one episode, or a show's latest episode with its list. */
@Named
@RequestScoped
public class EmbedBacking {

    @Inject
    Catalogue catalogue;

    private String episodeParameter;
    private String showSlug;
    private Episode episode;
    private Show show;

    /** View action: an unknown or invisible episode, or an unknown show, is "not found". */
    public void load() {
        if (showSlug != null) {
            Optional<Show> found = catalogue.findShow(showSlug);
            found.ifPresentOrElse(value -> show = value, Responses::notFound);
            return;
        }
        Optional<Episode> found = parseId(episodeParameter).flatMap(catalogue::findEpisode);
        found.ifPresentOrElse(value -> episode = value, Responses::notFound);
    }

    public String getTitle() {
        if (show != null) {
            return show.getTitle();
        }
        return episode == null ? "" : episode.getTitle();
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.ofNullable(id).map(Long::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public String getEpisode() {
        return episodeParameter;
    }

    public void setEpisode(String episode) {
        this.episodeParameter = episode;
    }

    public String getShow() {
        return showSlug;
    }

    public void setShow(String show) {
        this.showSlug = show;
    }

    public boolean isShowMode() {
        return show != null;
    }
}
