package dev.earmark.highlights.web;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.highlights.boundary.HighlightFilter;
import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.highlights.control.Period;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Routes.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's Highlights page ({@code /highlights?period=week|month|all&show=…&page=…}): the moments most saved,
 * of the last week, month or all time, of every show or one with moments, a page at a time, in a fixed number of
 * queries. A period or page that means nothing counts as the default (all time, the first page); a show that has no
 * moments (or is none) as every show.
 */
@Named
@RequestScoped
public class HighlightsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    Highlights highlights;

    @Inject
    HighlightView view;

    private String period;
    private String show;
    private String pageParameter;
    private Page<Highlight> moments;
    private List<Show> shows;

    /** View action. */
    public void load() {
        shows = highlights.shows();
        PageRequest request;
        try {
            request = new PageRequest(PageRequest.parse(pageParameter, null).page(), PAGE_SIZE);
        } catch (InvalidParameterException badPage) {
            request = new PageRequest(1, PAGE_SIZE);
        }
        Long showId = chosenShow().map(Show::getId).orElse(null);
        moments = highlights.current(new HighlightFilter(getChosenPeriod(), showId), request, view.isCurator());
    }

    private Optional<Show> chosenShow() {
        return shows.stream().filter(candidate -> candidate.getSlug().equals(show)).findFirst();
    }

    public Period getChosenPeriod() {
        return Period.of(period);
    }

    /** The slug of the show chosen, empty for every show. */
    public String getChosenShow() {
        return chosenShow().map(Show::getSlug).orElse("");
    }

    public List<Period> getPeriods() {
        return List.of(Period.values());
    }

    public List<Show> getShows() {
        return shows;
    }

    public Page<Highlight> getMoments() {
        return moments;
    }

    /** The app path of another page with the same filters. */
    public String pagePath(int page) {
        StringBuilder path = new StringBuilder(Route.HIGHLIGHTS_PAGE.path()).append("?period=")
                .append(getChosenPeriod().key());
        if (!getChosenShow().isEmpty()) {
            path.append("&show=").append(URLEncoder.encode(getChosenShow(), StandardCharsets.UTF_8));
        }
        return page > 1 ? path.append("&page=").append(page).toString() : path.toString();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getPage() {
        return pageParameter;
    }

    public void setPage(String page) {
        this.pageParameter = page;
    }
}
