package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.ShowOverview;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: every show with its episode count and newest episode. */
@Named
@RequestScoped
public class ShowsBacking {

    @Inject
    Catalogue catalogue;

    private List<ShowOverview> shows;

    @PostConstruct
    void load() {
        shows = catalogue.shows();
    }

    public List<ShowOverview> getShows() {
        return shows;
    }
}
