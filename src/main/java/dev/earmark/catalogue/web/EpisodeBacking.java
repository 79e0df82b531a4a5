package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** An episode's page: the player, its chapters and the whole show notes. */
@Named
@RequestScoped
public class EpisodeBacking {

    @Inject
    Catalogue catalogue;

    private String showSlug;
    private String episodeSlug;
    private Episode episode;

    public void load() {
        Optional<Episode> found = catalogue.findEpisode(showSlug, episodeSlug);
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        episode = found.get();
    }

    public String getShowSlug() {
        return showSlug;
    }

    public void setShowSlug(String showSlug) {
        this.showSlug = showSlug;
    }

    public String getEpisodeSlug() {
        return episodeSlug;
    }

    public void setEpisodeSlug(String episodeSlug) {
        this.episodeSlug = episodeSlug;
    }

    public Episode getEpisode() {
        return episode;
    }
}
