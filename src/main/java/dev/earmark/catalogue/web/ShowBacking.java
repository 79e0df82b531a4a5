package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A show's page, as the seed listing: its episodes newest first, 20 to a page. */
@Named
@RequestScoped
public class ShowBacking {

    @Inject
    Catalogue catalogue;

    private String showSlug;
    private String pageParameter;
    private Show show;
    private Page<Episode> episodes;

    /** View action: unknown shows, pages that are no numbers and pages past the end are all "not found". */
    public void load() {
        Optional<Show> found = catalogue.findShow(showSlug);
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        show = found.get();
        try {
            episodes = catalogue.episodes(show, PageRequest.parse(pageParameter, null));
        } catch (InvalidParameterException badPage) {
            Responses.notFound();
            return;
        }
        if (episodes.page() > episodes.totalPages()) {
            Responses.notFound();
        }
    }

    public String getShowSlug() {
        return showSlug;
    }

    public void setShowSlug(String showSlug) {
        this.showSlug = showSlug;
    }

    public String getPage() {
        return pageParameter;
    }

    public void setPage(String page) {
        this.pageParameter = page;
    }

    public Show getShow() {
        return show;
    }

    public Page<Episode> getEpisodes() {
        return episodes;
    }
}
