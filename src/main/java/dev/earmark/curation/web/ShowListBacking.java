package dev.earmark.curation.web;

import dev.earmark.curation.boundary.CuratedShow;
import dev.earmark.curation.boundary.ShowCuration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/shows.xhtml: every show with its number of episodes; a read-only page, so per request. */
@Named
@RequestScoped
public class ShowListBacking {

    @Inject
    ShowCuration curation;

    private List<CuratedShow> shows;

    @PostConstruct
    void load() {
        shows = curation.shows();
    }

    public List<CuratedShow> getShows() {
        return shows;
    }
}
