package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.DerivedNotes;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.notes.control.ShowNotes;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** An episode's page: its summary and topics, the player, its chapters and the whole show notes. */
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

    /**
     * What search engines and link previews show of the episode: its summary, written to say what it is about, as
     * long as a meta description may be; else the start of its notes.
     */
    public String getMetaDescription() {
        return episode.getSummary().findText()
                .map(summary -> ShowNotes.shortened(summary, DerivedNotes.SUMMARY_MAX))
                .orElse(episode.getDerivedNotes().getSummary());
    }
}
